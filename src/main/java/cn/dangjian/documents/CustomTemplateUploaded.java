package cn.dangjian.documents;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** An organization uploaded its own Word template for a kind of document (replacing any it had). */
public record CustomTemplateUploaded(String actor, long orgId, DocumentTemplate kind, List<FieldChange> changes)
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
        return "上传";
    }
}
