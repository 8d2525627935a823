package cn.dangjian.org;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** An organization's own fields were edited (renamed, retyped, unit changed …). */
public record OrgUnitChanged(String actor, long orgId, List<FieldChange> changes) implements AuditedChange {

    @Override
    public String recordType() {
        return "党组织";
    }

    @Override
    public String recordId() {
        return String.valueOf(orgId);
    }

    @Override
    public String action() {
        return "修改";
    }
}
