package cn.dangjian.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnitQuery;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;

/** The branches of a generated district, in id order, for the writers that give each one its history. */
final class DemoBranches {

    private DemoBranches() {
    }

    static List<OrgUnitNode> under(OrgUnits orgs, long rootId) {
        List<OrgUnitNode> branches = new ArrayList<>();
        int page = 1;
        PageResult<OrgUnitNode> rows;
        do {
            rows = orgs.search(AccessScope.system(), new OrgUnitQuery(null, null, rootId, false),
                    new PageRequest(page++, PageRequest.MAX_SIZE));
            rows.items().stream().filter(o -> o.type().isBranch()).forEach(branches::add);
        } while (rows.hasNext());
        branches.sort(Comparator.comparingLong(OrgUnitNode::id));
        return branches;
    }
}
