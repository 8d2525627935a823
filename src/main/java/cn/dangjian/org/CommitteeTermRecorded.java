package cn.dangjian.org;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** A new committee term was recorded for an organization (换届 or first election). */
public record CommitteeTermRecorded(String actor, long orgId, int termNumber, List<FieldChange> changes)
        implements AuditedChange {

    @Override
    public String recordType() {
        return "党组织班子";
    }

    @Override
    public String recordId() {
        return orgId + "#" + termNumber;
    }

    @Override
    public String action() {
        return "换届";
    }
}
