package cn.dangjian.parameters;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** A parameter was set (or an organization's override withdrawn) from a date; the audit trail records it. */
public record RuleParameterChanged(String actor, String key, Long orgId, LocalDate effectiveFrom, boolean withdrawn,
                                   List<FieldChange> changes) implements AuditedChange {

    @Override
    public String recordType() {
        return "规则参数";
    }

    @Override
    public String recordId() {
        return orgId == null ? key : key + "@" + orgId;
    }

    @Override
    public String action() {
        return withdrawn ? "恢复上级设置" : "设置";
    }
}
