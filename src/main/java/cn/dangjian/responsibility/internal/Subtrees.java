package cn.dangjian.responsibility.internal;

import java.util.ArrayList;
import java.util.List;

import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.PageRequest;

/** The active organizations of a subtree, its root included, in the tree's order, read page by page. */
public final class Subtrees {

    private Subtrees() {
    }

    public static List<OrgUnitRef> active(OrgUnits orgs, long rootId) {
        List<OrgUnitRef> result = new ArrayList<>();
        int page = 1;
        while (true) {
            var batch = orgs.subtree(rootId, new PageRequest(page, PageRequest.MAX_SIZE));
            batch.items().stream().filter(o -> o.active()).forEach(o -> result.add(new OrgUnitRef(o.id(),
                    o.parentId(), o.path(), o.depth(), o.type(), o.name(), o.active())));
            if (!batch.hasNext()) {
                return result;
            }
            page++;
        }
    }
}
