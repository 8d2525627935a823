package cn.dangjian.org;

import cn.dangjian.shared.AuditedChange;

/** A change to one organization; the audit trail files it under 党组织 and the organization's id. */
public interface OrgUnitChange extends AuditedChange {

    long orgId();

    @Override
    default String recordType() {
        return "党组织";
    }

    @Override
    default String recordId() {
        return String.valueOf(orgId());
    }
}
