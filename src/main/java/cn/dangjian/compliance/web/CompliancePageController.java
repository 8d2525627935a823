package cn.dangjian.compliance.web;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.compliance.ComplianceAttention;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnitView;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工作台 (an organization's to-do list from the rules), the 工委's matrix with trend and drill-down, and the rule
 * catalogue. The findings list is {@link FindingListController}.
 */
@Controller
class CompliancePageController {

    /** Sub-organizations listed above an organization's own to-do list. */
    static final int ATTENTION = 10;

    private final Compliance compliance;
    private final ComplianceAttention attention;
    private final OrgUnits orgs;

    CompliancePageController(Compliance compliance, ComplianceAttention attention, OrgUnits orgs) {
        this.compliance = compliance;
        this.attention = attention;
        this.orgs = orgs;
    }

    /**
     * An organization's to-do list, each finding with the button that does it; above it, for an organization with
     * sub-organizations, those of them with late findings, worst first.
     */
    @GetMapping("/compliance")
    String workbench(AccessScope scope, @RequestParam(required = false) Long orgId, Model model) {
        long id = orgId != null ? orgId : home(scope);
        OrgUnitView org = orgs.get(scope, id);
        model.addAttribute("org", org);
        // a branch's sub-organizations are party groups, whose duties show on the branch's own list
        if (org.childCount() > 0 && !org.type().isBranch()) {
            model.addAttribute("attention", attention.needingAttention(scope, id, ATTENTION));
        }
        model.addAttribute("findings", compliance.workbench(scope, id));
        return "compliance/workbench";
    }

    @PostMapping("/compliance/findings/{id}/explanation")
    String explain(AccessScope scope, @PathVariable long id, @RequestParam long orgId,
                   @RequestParam(required = false) String explanation, RedirectAttributes redirect) {
        try {
            compliance.explain(scope, id, explanation);
            redirect.addFlashAttribute("notice", "情况说明已保存，上级组织可以看到");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("failedId", id);
            redirect.addFlashAttribute("typed", explanation);
        }
        return "redirect:/compliance?orgId=" + orgId + "#finding-" + id;
    }

    @GetMapping("/compliance/matrix")
    String matrix(AccessScope scope, @RequestParam(required = false) Long orgId,
                  @RequestParam(defaultValue = "false") boolean pressingOnly,
                  @RequestParam(defaultValue = "false") boolean byName, Model model) {
        long id = orgId != null ? orgId : home(scope);
        model.addAttribute("org", orgs.get(scope, id));
        model.addAttribute("matrix", compliance.matrix(scope, id).arranged(byName, pressingOnly));
        model.addAttribute("pressingOnly", pressingOnly);
        model.addAttribute("byName", byName);
        model.addAttribute("trend", compliance.trend(scope, id, 12));
        model.addAttribute("categories", RuleCategory.values());
        return "compliance/matrix";
    }

    @GetMapping("/compliance/rules")
    String rules(AccessScope scope, Model model) {
        model.addAttribute("rules", compliance.catalogue());
        return "compliance/rules";
    }

    private long home(AccessScope scope) {
        return home(scope, orgs);
    }

    /** The caller's own organization (their first anchor), or the first root they may see. */
    static long home(AccessScope scope, OrgUnits orgs) {
        if (!scope.anchorOrgIds().isEmpty()) {
            return scope.anchorOrgIds().get(0);
        }
        return orgs.roots(scope).stream().findFirst().map(OrgUnitNode::id)
                .orElseThrow(() -> new NotFoundException("您的管理范围内没有党组织"));
    }
}
