package cn.dangjian.compliance.web;

import java.time.Clock;
import java.time.LocalDate;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.compliance.FindingQuery;
import cn.dangjian.compliance.FindingView;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.Severity;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ExcelList;
import cn.dangjian.shared.ListLinks;
import cn.dangjian.shared.ListRequest;
import cn.dangjian.shared.PersonalDataExport;
import cn.dangjian.shared.SortOrder;
import cn.dangjian.shared.XlsxFile;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The findings list of a subtree (the list pattern: organization picker with 含下级, keyword, due-date range, sortable
 * columns, page size) and its Excel export of exactly the filtered list.
 */
@Controller
class FindingListController {

    private final Compliance compliance;
    private final OrgUnits orgs;
    private final Clock clock;

    FindingListController(Compliance compliance, OrgUnits orgs, Clock clock) {
        this.compliance = compliance;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** The list's filters as GET parameters (existing links use orgId, category, severity, ruleId, includeResolved). */
    record Filters(Long orgId, RuleCategory category, Severity severity, String ruleId, Boolean includeResolved,
                   String text, @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                   @DateTimeFormat(iso = ISO.DATE) LocalDate to, Boolean subtree, String sort, String dir) {

        FindingQuery query(long root, String subtreeMarker) {
            return new FindingQuery(root, !ListRequest.subtree(subtree, subtreeMarker), category, severity,
                    blank(ruleId), Boolean.TRUE.equals(includeResolved), blank(text), from, to);
        }
    }

    @GetMapping("/compliance/findings")
    String findings(AccessScope scope, @ModelAttribute Filters filters,
                    @RequestParam(name = "_subtree", required = false) String subtreeMarker,
                    @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                    HttpServletRequest request, Model model) {
        long id = filters.orgId() != null ? filters.orgId() : CompliancePageController.home(scope, orgs);
        ListRequest asked = ListRequest.of(page, size, filters.sort(), filters.dir());
        FindingQuery query = filters.query(id, subtreeMarker);
        model.addAttribute("org", orgs.get(scope, id));
        model.addAttribute("query", query);
        model.addAttribute("result", compliance.findings(scope, query, asked.page(), asked.sort()));
        model.addAttribute("list", ListLinks.of("/compliance/findings", request.getQueryString(),
                "/compliance/findings.xlsx"));
        model.addAttribute("categories", RuleCategory.values());
        model.addAttribute("severities", Severity.values());
        return "compliance/findings";
    }

    @PersonalDataExport("待办事项")
    @GetMapping("/compliance/findings.xlsx")
    @ResponseBody
    XlsxFile export(AccessScope scope, @ModelAttribute Filters filters,
                                  @RequestParam(name = "_subtree", required = false) String subtreeMarker) {
        long id = filters.orgId() != null ? filters.orgId() : CompliancePageController.home(scope, orgs);
        FindingQuery query = filters.query(id, subtreeMarker);
        SortOrder order = SortOrder.parse(filters.sort(), filters.dir());
        return ExcelList.<FindingView>titled("待办事项")
                .column("党组织", FindingView::orgName)
                .column("类别", f -> f.category().label())
                .column("状态", f -> f.severity().label())
                .column("规则编号", FindingView::ruleId)
                .column("依据", FindingView::article)
                .column("事项", FindingView::message)
                .column("截止日期", FindingView::deadline)
                .column("发现日期", FindingView::openedOn)
                .column("解决日期", f -> f.resolvedOn() == null ? null : f.resolvedOn() + (f.lapsed() ? "（逾期未补）" : ""))
                .column("情况说明", FindingView::explanation)
                .download(LocalDate.now(clock), p -> compliance.findings(scope, query, p, order));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
