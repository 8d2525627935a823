package cn.dangjian.demo;

import java.util.List;
import java.util.Set;

import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ScopeLevel;

/**
 * The scope of whoever holds an organization's subtree, as its secretary would: the demo takes each side's steps
 * (reporting, writing a 述职) as that side, so that the facades' side checks hold for the demo too.
 */
final class HoldersScope {

    private HoldersScope() {
    }

    static AccessScope of(OrgUnits orgs, long orgId) {
        OrgUnitRef org = orgs.ref(orgId).orElseThrow();
        return new AccessScope(0, "demo", "演示数据", ScopeLevel.SUBTREE, List.of(org.id()), List.of(org.path()), null,
                Set.of(Permission.values()));
    }
}
