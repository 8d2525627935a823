package cn.dangjian.org;

/** Search over organizations: text in the name or unit, a type, and whether dissolved ones are included. */
public record OrgUnitQuery(String text, OrgType type, Long withinOrgId, boolean includeDissolved) {

    public static OrgUnitQuery all() {
        return new OrgUnitQuery(null, null, null, false);
    }
}
