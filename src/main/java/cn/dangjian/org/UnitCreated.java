package cn.dangjian.org;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** A unit (单位) was added; the audit trail files it under 单位. */
public record UnitCreated(String actor, long unitId, String name, UnitCategory category) implements AuditedChange {

    @Override
    public String recordType() {
        return "单位";
    }

    @Override
    public String recordId() {
        return String.valueOf(unitId);
    }

    @Override
    public String action() {
        return "新增";
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("单位名称", null, name), new FieldChange("单位类别", null, category.label()));
    }
}
