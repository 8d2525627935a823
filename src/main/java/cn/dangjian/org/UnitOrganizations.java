package cn.dangjian.org;

import java.util.List;

/** A unit (单位) and the active organizations set up in it (those whose unit it is), shallowest first. */
public record UnitOrganizations(UnitView unit, List<OrgUnitRef> organizations) {

    public UnitOrganizations {
        organizations = List.copyOf(organizations);
    }
}
