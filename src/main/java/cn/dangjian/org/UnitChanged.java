package cn.dangjian.org;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** A unit's (单位) name or category was edited; the audit trail files it under 单位. */
public record UnitChanged(String actor, long unitId, List<FieldChange> changes) implements AuditedChange {

    public UnitChanged {
        changes = List.copyOf(changes);
    }

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
        return "修改";
    }
}
