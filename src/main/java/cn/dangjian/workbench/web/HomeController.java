package cn.dangjian.workbench.web;

import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page, one per kind of work: the 三员 their own duties, a member their own organizational life, a
 * branch its due and overdue duties, a 机关党委 or the 工委 the sub-organizations that need attention.
 */
@Controller
class HomeController {

    private final BranchHome branch;
    private final OversightHome oversight;
    private final MemberHome member;
    private final AdministrationHome administration;
    private final OrgUnits orgs;

    HomeController(BranchHome branch, OversightHome oversight, MemberHome member, AdministrationHome administration, OrgUnits orgs) {
        this.branch = branch;
        this.oversight = oversight;
        this.member = member;
        this.administration = administration;
        this.orgs = orgs;
    }

    @GetMapping("/")
    String home(AccessScope scope, Model model) {
        if (scope.can(Permission.AUDIT_VIEW)) {
            administration.auditor(scope, model);
            return "workbench/auditor";
        }
        if (scope.can(Permission.USER_ADMIN) || scope.can(Permission.ROLE_ASSIGN)
                || scope.can(Permission.SECURITY_POLICY)) {
            administration.accounts(scope, model);
            return "workbench/accounts";
        }
        if (scope.ownRecordsOnly()) {
            member.fill(scope, model);
            return "workbench/member";
        }
        OrgUnitRef org = scope.can(Permission.FINDING_VIEW) ? homeOrganization(scope) : null;
        if (org == null) {
            return "workbench/welcome";
        }
        // A branch's sub-organizations are party groups, whose duties show on the branch's own list.
        if (org.type().isBranch()) {
            branch.fill(scope, org.id(), model);
            return "workbench/branch";
        }
        oversight.fill(scope, org.id(), model);
        return "workbench/oversight";
    }

    /** The organization the caller works for: their first anchor, or the first root they may see. */
    private OrgUnitRef homeOrganization(AccessScope scope) {
        if (!scope.anchorOrgIds().isEmpty()) {
            return orgs.findInScope(scope, scope.anchorOrgIds().get(0)).orElse(null);
        }
        return orgs.roots(scope).stream().findFirst().map(OrgUnitNode::id)
                .flatMap(id -> orgs.findInScope(scope, id)).orElse(null);
    }
}
