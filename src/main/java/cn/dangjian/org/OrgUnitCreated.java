package cn.dangjian.org;

import java.util.List;


/** An organization was set up. */
public record OrgUnitCreated(String actor, long orgId, String path, OrgType type, String name)
        implements OrgUnitChange {

    @Override
    public String action() {
        return "新建";
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("名称", null, name), new FieldChange("类别", null, type.label()));
    }
}
