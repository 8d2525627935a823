package cn.dangjian.org;

import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The organization a list or form page is about, for any module's pages: the one named (if in scope), else the
 * caller's own (the page shell's {@code homeOrg}), else their only anchor, else the first root they reach.
 */
@Component
public class PageOrg {

    private final OrgUnits orgs;

    PageOrg(OrgUnits orgs) {
        this.orgs = orgs;
    }

    /** The named organization (in scope), else the caller's own (the page shell's {@code homeOrg}), else their first. */
    public OrgUnitRef of(AccessScope scope, Long orgId, Object home) {
        if (orgId != null) {
            return orgs.refInScope(scope, orgId);
        }
        if (home instanceof OrgUnitRef own && orgs.findInScope(scope, own.id()).isPresent()) {
            return own;
        }
        if (scope.anchorOrgIds().size() == 1) {
            return orgs.refInScope(scope, scope.anchorOrgIds().get(0));
        }
        return orgs.roots(scope).stream().findFirst().map(n -> orgs.refInScope(scope, n.id()))
                .orElseThrow(() -> new NotFoundException("您的管理范围内没有党组织"));
    }
}
