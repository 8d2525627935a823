package cn.dangjian.recruitment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import org.springframework.stereotype.Component;

/**
 * Which organization approves an organization's recruits (FZ-16, JG-12): the nearest 机关党委 at or above it, or
 * the 机关工委 where there is no 机关党委. A 党总支 only reviews (审议), it never approves.
 */
@Component
public class ApprovingBodies {

    private final OrgUnits orgs;

    ApprovingBodies(OrgUnits orgs) {
        this.orgs = orgs;
    }

    public OrgUnitRef of(OrgUnitRef org) {
        List<Long> ancestry = new ArrayList<>();
        for (String part : org.path().split("/")) {
            if (!part.isEmpty()) {
                ancestry.add(Long.parseLong(part));
            }
        }
        Map<Long, OrgUnitRef> refs = new HashMap<>();
        orgs.refs(ancestry).forEach(r -> refs.put(r.id(), r));
        for (int i = ancestry.size() - 1; i >= 0; i--) {
            OrgUnitRef r = refs.get(ancestry.get(i));
            if (r != null && (r.type() == OrgType.PARTY_COMMITTEE || r.type() == OrgType.WORK_COMMITTEE)) {
                return r;
            }
        }
        return org;
    }
}
