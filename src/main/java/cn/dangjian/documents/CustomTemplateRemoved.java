package cn.dangjian.documents;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** An organization removed its own Word template; its documents revert to the inherited or built-in one. */
public record CustomTemplateRemoved(String actor, long orgId, DocumentTemplate kind, List<FieldChange> changes)
        implements AuditedChange {

    @Override
    public String recordType() {
        return CustomTemplates.AUDIT_RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return String.valueOf(orgId);
    }

    @Override
    public String action() {
        return "删除";
    }
}
