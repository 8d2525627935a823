package cn.dangjian.compliance;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** An organization wrote (or changed) its explanation of a finding; the audit trail records it. */
public record FindingExplained(String actor, long findingId, long orgId, List<FieldChange> changes)
        implements AuditedChange {

    @Override
    public String recordType() {
        return "待办事项";
    }

    @Override
    public String recordId() {
        return String.valueOf(findingId);
    }

    @Override
    public String action() {
        return "说明";
    }
}
