package cn.dangjian.org;

import java.util.List;

/** An organization and its active children, as read together for one-level rollups. */
public record OrgUnitFamily(OrgUnitRef org, List<OrgUnitRef> children) {

    public OrgUnitFamily {
        children = List.copyOf(children);
    }
}
