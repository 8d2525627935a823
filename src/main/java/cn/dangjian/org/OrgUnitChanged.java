package cn.dangjian.org;

import java.util.List;


/** An organization's own fields were edited (renamed, retyped, unit changed …). */
public record OrgUnitChanged(String actor, long orgId, List<FieldChange> changes) implements OrgUnitChange {

    @Override
    public String action() {
        return "修改";
    }
}
