package cn.dangjian.compliance.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.compliance.ComplianceAttention;
import cn.dangjian.compliance.FindingQuery;
import cn.dangjian.compliance.FindingView;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.Severity;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnitView;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageLinks;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Texts;
import cn.idev.excel.FastExcel;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工作台 (an organization's to-do list from the rules), the 工委's matrix with trend and drill-down, the findings
 * list with its Excel export, and the rule catalogue.
 */
@Controller
class CompliancePageController {

    /** Branches: their sub-organizations are party groups, whose duties show on the branch's own list. */
    static final java.util.Set<OrgType> HOME_IS_OWN_LIST = java.util.Set.of(OrgType.BRANCH, OrgType.JOINT_BRANCH,
            OrgType.TEMPORARY_BRANCH);

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
        if (org.childCount() > 0 && !HOME_IS_OWN_LIST.contains(org.type())) {
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
    String matrix(AccessScope scope, @RequestParam(required = false) Long orgId, Model model) {
        long id = orgId != null ? orgId : home(scope);
        model.addAttribute("org", orgs.get(scope, id));
        model.addAttribute("matrix", compliance.matrix(scope, id));
        model.addAttribute("trend", compliance.trend(scope, id, 12));
        model.addAttribute("categories", RuleCategory.values());
        return "compliance/matrix";
    }

    @GetMapping("/compliance/findings")
    String findings(AccessScope scope, @RequestParam(required = false) Long orgId,
                    @RequestParam(required = false) RuleCategory category,
                    @RequestParam(required = false) Severity severity,
                    @RequestParam(required = false) String ruleId,
                    @RequestParam(defaultValue = "false") boolean includeResolved,
                    @RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
        long id = orgId != null ? orgId : home(scope);
        model.addAttribute("org", orgs.get(scope, id));
        model.addAttribute("result", compliance.findings(scope,
                new FindingQuery(id, false, category, severity, blank(ruleId), includeResolved), PageRequest.of(page, 30)));
        model.addAttribute("pageUrl", PageLinks.pattern("/compliance/findings", request.getQueryString()));
        model.addAttribute("exportUrl", PageLinks.pattern("/compliance/findings.xlsx", request.getQueryString())
                .replace("&page=PAGE", "").replace("?page=PAGE", ""));
        model.addAttribute("categories", RuleCategory.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("category", category);
        model.addAttribute("severity", severity);
        model.addAttribute("ruleId", ruleId);
        model.addAttribute("includeResolved", includeResolved);
        return "compliance/findings";
    }

    @cn.dangjian.shared.PersonalDataExport("待办事项")
    @GetMapping("/compliance/findings.xlsx")
    ResponseEntity<byte[]> export(AccessScope scope, @RequestParam(required = false) Long orgId,
                                  @RequestParam(required = false) RuleCategory category,
                                  @RequestParam(required = false) Severity severity,
                                  @RequestParam(required = false) String ruleId,
                                  @RequestParam(defaultValue = "false") boolean includeResolved) {
        long id = orgId != null ? orgId : home(scope);
        FindingQuery query = new FindingQuery(id, false, category, severity, blank(ruleId), includeResolved);
        List<List<Object>> rows = new ArrayList<>();
        int page = 1;
        PageResult<FindingView> result;
        do {
            result = compliance.findings(scope, query, new PageRequest(page++, PageRequest.MAX_SIZE));
            for (FindingView f : result.items()) {
                rows.add(List.of(cell(f.orgName()), f.category().label(), f.severity().label(), f.ruleId(),
                        cell(f.article()), cell(f.message()), f.deadline() == null ? "" : f.deadline().toString(),
                        f.openedOn().toString(), f.resolvedOn() == null ? "" : f.resolvedOn() + (f.lapsed() ? "（逾期未补）" : ""),
                        cell(f.explanation())));
            }
        } while (result.hasNext());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(List.of("党组织", "类别", "状态", "规则编号", "依据", "事项", "截止日期", "发现日期",
                        "解决日期", "情况说明").stream().map(List::of).toList())
                .sheet("待办事项").doWrite(rows);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("待办事项.xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(out.toByteArray());
    }

    @GetMapping("/compliance/rules")
    String rules(AccessScope scope, Model model) {
        model.addAttribute("rules", compliance.catalogue());
        return "compliance/rules";
    }

    /** The caller's own organization (their first anchor), or the first root they may see. */
    private long home(AccessScope scope) {
        if (!scope.anchorOrgIds().isEmpty()) {
            return scope.anchorOrgIds().get(0);
        }
        return orgs.roots(scope).stream().findFirst().map(OrgUnitNode::id)
                .orElseThrow(() -> new NotFoundException("您的管理范围内没有党组织"));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A text cell of the export: empty for none, printable and within Excel's cell limit otherwise. */
    private static String cell(String text) {
        return text == null ? "" : Texts.cell(text);
    }
}
