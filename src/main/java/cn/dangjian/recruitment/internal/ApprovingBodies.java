package cn.dangjian.recruitment.internal;

import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import org.springframework.stereotype.Component;

/**
 * Which organization approves an organization's recruits (FZ-16, JG-12): the nearest 机关党委 at or above it, or
 * the 机关工委 where there is no 机关党委 ({@link OrgUnits#approvingCommittee}). A 党总支 only reviews (审议), it
 * never approves.
 */
@Component
public class ApprovingBodies {

    private final OrgUnits orgs;

    ApprovingBodies(OrgUnits orgs) {
        this.orgs = orgs;
    }

    public OrgUnitRef of(OrgUnitRef org) {
        return orgs.approvingCommittee(org);
    }
}
