package cn.dangjian.responsibility.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.PageOrg;
import cn.dangjian.responsibility.DutyCycle;
import cn.dangjian.responsibility.DutyDraft;
import cn.dangjian.responsibility.DutyLevel;
import cn.dangjian.responsibility.DutyPost;
import cn.dangjian.responsibility.DutyStatus;
import cn.dangjian.responsibility.Evidence;
import cn.dangjian.responsibility.IssueList;
import cn.dangjian.responsibility.ListView;
import cn.dangjian.responsibility.ResponsibilityLists;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.ListLinks;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.PostedForm;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 责任清单 pages: an organization's duties for a year with their status from the records, the organizations below
 * it bound by its list with their duties counted by status, and the form that issues or revises a list — prefilled
 * from last year's list or the template, one row per duty, blank rows left out.
 */
@Controller
class DutyListPageController {

    private static final int BLANK_ROWS = 4;

    private final ResponsibilityLists lists;
    private final PageOrg pageOrg;
    private final Clock clock;

    DutyListPageController(ResponsibilityLists lists, PageOrg pageOrg, Clock clock) {
        this.lists = lists;
        this.pageOrg = pageOrg;
        this.clock = clock;
    }

    @GetMapping("/duties")
    String page(AccessScope scope, @RequestParam(required = false) Long orgId,
                @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean overdue,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                HttpServletRequest request, Model model) {
        OrgUnitRef org = pageOrg.of(scope, orgId, model.getAttribute("homeOrg"));
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("org", org);
        model.addAttribute("year", y);
        model.addAttribute("overdue", overdue);
        model.addAttribute("years", List.of(y - 1, y, y + 1));
        ListView list = lists.binding(scope, org.id(), y).orElse(null);
        model.addAttribute("dutyList", list);
        model.addAttribute("canIssue", scope.can(Permission.DUTY_ASSIGN)
                && DutyLevel.issues(org.type()));
        model.addAttribute("ownList", list != null && list.issuerOrgId() == org.id());
        model.addAttribute("canState", scope.can(Permission.DUTY_REPORT));
        if (list != null) {
            if (DutyLevel.of(org.type()) != null) {
                model.addAttribute("mine", lists.duties(scope, list.id(), org.id()));
            }
            model.addAttribute("result", lists.overview(scope, list.id(), org.id(), overdue, PageRequest.of(page, size)));
            model.addAttribute("list", ListLinks.of("/duties", request.getQueryString(), null));
        }
        model.addAttribute("statuses", DutyStatus.values());
        return "responsibility/duties";
    }

    @GetMapping("/duties/new")
    String form(AccessScope scope, @RequestParam(required = false) Long orgId, @RequestParam(required = false) Integer year,
                Model model) {
        OrgUnitRef org = pageOrg.of(scope, orgId, model.getAttribute("homeOrg"));
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        MultiValueMap<String, String> values = values(y + "年度" + org.name() + "党建工作责任清单",
                lists.startingPoint(scope, org.id(), y));
        return form(org, y, null, values, List.of(), model);
    }

    @PostMapping("/duties")
    String issue(AccessScope scope, @RequestParam long orgId, @RequestParam MultiValueMap<String, String> params,
                 Model model, RedirectAttributes redirect) {
        PostedForm in = new PostedForm(params);
        OrgUnitRef org = pageOrg.of(scope, orgId, null);
        Integer year = in.integer("year", "年度");
        try {
            IssueList cmd = new IssueList(org.id(), year == null ? 0 : year, in.text("title"), duties(in, params));
            in.check();
            lists.issue(scope, cmd);
            redirect.addFlashAttribute("notice", "责任清单已印发，各级党组织可以看到本组织的职责和落实情况");
            return "redirect:/duties?orgId=" + org.id() + "&year=" + cmd.year();
        } catch (InvalidInputException e) {
            return form(org, year == null ? LocalDate.now(clock).getYear() : year, null, params, e.problems(), model);
        }
    }

    @GetMapping("/duties/{id}/edit")
    String edit(AccessScope scope, @PathVariable long id, @RequestParam long orgId, Model model) {
        ListView list = lists.get(scope, id, orgId);
        scope.require(Permission.DUTY_ASSIGN);
        OrgUnitRef issuer = pageOrg.of(scope, list.issuerOrgId(), null);
        MultiValueMap<String, String> values = values(list.title(), list.duties().stream()
                .map(d -> new DutyDraft(d.id(), d.level(), d.post(), d.text(), d.basis(), d.cycle(), d.evidence()))
                .toList());
        values.add("version", Integer.toString(list.version()));
        return form(issuer, list.year(), list, values, List.of(), model);
    }

    @PostMapping("/duties/{id}")
    String revise(AccessScope scope, @PathVariable long id, @RequestParam long orgId,
                  @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        PostedForm in = new PostedForm(params);
        OrgUnitRef org = pageOrg.of(scope, orgId, null);
        ListView list = lists.get(scope, id, org.id());
        Integer version = in.integer("version", "版本");
        try {
            IssueList cmd = new IssueList(list.issuerOrgId(), list.year(), in.text("title"), duties(in, params));
            in.check();
            lists.revise(scope, id, version == null ? -1 : version, cmd);
            redirect.addFlashAttribute("notice", "责任清单已修订");
            return "redirect:/duties?orgId=" + org.id() + "&year=" + list.year();
        } catch (InvalidInputException e) {
            return form(org, list.year(), list, params, e.problems(), model);
        }
    }

    @GetMapping("/duties/{id}/list.{format:docx|pdf}")
    org.springframework.http.ResponseEntity<byte[]> document(AccessScope scope, @PathVariable long id,
                                                             @RequestParam long orgId, @PathVariable String format) {
        return cn.dangjian.documents.DocumentDownload.of(lists.document(scope, id, orgId, "pdf".equals(format)));
    }

    @PostMapping("/duties/{id}/statements")
    String state(AccessScope scope, @PathVariable long id, @RequestParam long dutyId, @RequestParam long orgId,
                 @RequestParam(required = false) String statement, RedirectAttributes redirect) {
        ListView list = lists.get(scope, id, orgId);
        try {
            lists.state(scope, id, dutyId, orgId, statement);
            redirect.addFlashAttribute("notice", "落实情况说明已保存");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.problems().get(0).label() + e.problems().get(0).message());
        }
        return "redirect:/duties?orgId=" + orgId + "&year=" + list.year() + "#duty-" + dutyId;
    }

    private static List<DutyDraft> duties(PostedForm in, MultiValueMap<String, String> params) {
        List<DutyDraft> duties = new ArrayList<>();
        for (int i = 0; params.containsKey("duties[" + i + "].text"); i++) {
            String row = "duties[" + i + "].";
            String label = "第" + (i + 1) + "项";
            duties.add(new DutyDraft(in.id(row + "id", label), in.choice(DutyLevel.class, row + "level", label + "层级"),
                    in.choice(DutyPost.class, row + "post", label + "责任主体"), in.text(row + "text"),
                    in.text(row + "basis"), in.choice(DutyCycle.class, row + "cycle", label + "周期"),
                    in.choice(Evidence.class, row + "evidence", label + "依据记录")));
        }
        return duties;
    }

    private static MultiValueMap<String, String> values(String title, List<DutyDraft> duties) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        values.add("title", title);
        for (int i = 0; i < duties.size(); i++) {
            DutyDraft d = duties.get(i);
            String row = "duties[" + i + "].";
            if (d.id() != null) {
                values.add(row + "id", d.id().toString());
            }
            values.add(row + "level", d.level().name());
            values.add(row + "post", d.post().name());
            values.add(row + "text", d.text());
            values.add(row + "basis", d.basis());
            values.add(row + "cycle", d.cycle().name());
            values.add(row + "evidence", d.evidence() == null ? "" : d.evidence().name());
        }
        return values;
    }

    private String form(OrgUnitRef org, int year, ListView list, MultiValueMap<String, String> values,
                        List<FieldProblem> problems, Model model) {
        int filled = 0;
        while (values.containsKey("duties[" + filled + "].text")) {
            filled++;
        }
        model.addAttribute("org", org);
        model.addAttribute("year", year);
        model.addAttribute("dutyList", list);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("rows", java.util.stream.IntStream.range(0, filled + BLANK_ROWS).boxed().toList());
        model.addAttribute("levels", DutyLevel.values());
        model.addAttribute("posts", DutyPost.values());
        model.addAttribute("cycles", DutyCycle.values());
        model.addAttribute("evidences", Evidence.values());
        return "responsibility/duty-list-form";
    }
}
