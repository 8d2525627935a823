package cn.dangjian.org;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** An organization was set up. */
public record OrgUnitCreated(String actor, long orgId, String path, OrgType type, String name)
        implements AuditedChange {

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
        return "新建";
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("名称", null, name), new FieldChange("类别", null, type.label()));
    }
}
