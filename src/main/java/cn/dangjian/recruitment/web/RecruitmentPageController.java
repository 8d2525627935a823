package cn.dangjian.recruitment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.Units;
import cn.dangjian.recruitment.CaseQuery;
import cn.dangjian.recruitment.PipelineRow;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.recruitment.RecruitmentPipeline;
import cn.dangjian.recruitment.Stage;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.ListLinks;
import cn.dangjian.shared.ListRequest;
import cn.dangjian.shared.PageLinks;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.Permission;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 发展党员: the case list, the application form and the pipeline (发展党员情况) the higher organizations watch. */
@Controller
class RecruitmentPageController {

    private final Recruitment recruitment;
    private final RecruitmentPipeline pipeline;
    private final OrgUnits orgs;
    private final Units units;
    private final Clock clock;

    RecruitmentPageController(Recruitment recruitment, RecruitmentPipeline pipeline, OrgUnits orgs, Units units, Clock clock) {
        this.recruitment = recruitment;
        this.pipeline = pipeline;
        this.orgs = orgs;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/recruitment")
    String list(AccessScope scope, @ModelAttribute CaseListFilters filters,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                HttpServletRequest request, Model model) {
        CaseQuery query = filters.query();
        ListRequest asked = ListRequest.of(page, size, filters.sort(), filters.dir());
        model.addAttribute("result", recruitment.list(scope, query, asked.page(), asked.sort()));
        model.addAttribute("query", query);
        model.addAttribute("list", ListLinks.of("/recruitment", request.getQueryString(), "/recruitment/list.xlsx"));
        OrgUnitRef org = query.orgId() == null ? null : orgs.refInScope(scope, query.orgId());
        OrgUnitRef home = org != null ? org : ownOrganization(scope);
        model.addAttribute("org", org);
        model.addAttribute("home", home);
        model.addAttribute("canOpen", home != null && home.active() && home.type().holdsMembers()
                && scope.can(Permission.RECRUITMENT_RECORD));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "recruitment/list";
    }

    @GetMapping("/recruitment/new")
    String form(AccessScope scope, @RequestParam long orgId, Model model) {
        scope.require(Permission.RECRUITMENT_RECORD);
        return form(scope, orgId, model, new LinkedMultiValueMap<>(), List.of());
    }

    @PostMapping("/recruitment/cases")
    String open(AccessScope scope, @RequestParam long orgId, @RequestParam MultiValueMap<String, String> params,
                Model model, RedirectAttributes redirect) {
        try {
            long id = recruitment.open(scope, StepForm.application(orgId, params));
            redirect.addFlashAttribute("notice", "已登记" + params.getFirst("name").strip() + "的入党申请");
            return "redirect:/recruitment/cases/" + id;
        } catch (InvalidInputException e) {
            return form(scope, orgId, model, params, e.problems());
        }
    }

    /** 发展党员情况: the organization and each direct sub-organization, and what waits for this 党委. */
    @GetMapping("/recruitment/pipeline")
    String pipeline(AccessScope scope, @RequestParam(required = false) Long orgId,
                    @RequestParam(defaultValue = "false") boolean all,
                    @RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
        OrgUnitRef org = orgId != null ? orgs.refInScope(scope, orgId) : topOrganization(scope);
        List<PipelineRow> rows = pipeline.pipeline(scope, org.id());
        model.addAttribute("org", org);
        // organizations with nothing open are hidden unless asked for: the totals still count every row
        List<PipelineRow> shown = all ? rows : rows.stream().filter(r -> r == rows.get(0) || r.open() > 0
                || r.overdue() > 0 || r.awaitingApproval() > 0).toList();
        model.addAttribute("rows", shown);
        model.addAttribute("all", all);
        model.addAttribute("hidden", rows.size() - shown.size());
        model.addAttribute("total", new PipelineRow(org.id(), "合计", false,
                rows.stream().mapToInt(PipelineRow::applicants).sum(), rows.stream().mapToInt(PipelineRow::activists).sum(),
                rows.stream().mapToInt(PipelineRow::candidates).sum(), rows.stream().mapToInt(PipelineRow::probationary).sum(),
                rows.stream().mapToInt(PipelineRow::overdue).sum(), rows.stream().mapToInt(PipelineRow::awaitingApproval).sum()));
        model.addAttribute("parent", org.parentId() == null ? null : orgs.findInScope(scope, org.parentId())
                .orElse(null));
        model.addAttribute("awaiting", recruitment.list(scope, new CaseQuery(null, null, null, false, org.id()),
                PageRequest.of(page, 20)));
        model.addAttribute("pageUrl", PageLinks.pattern("/recruitment/pipeline", request.getQueryString()));
        model.addAttribute("today", LocalDate.now(clock));
        return "recruitment/pipeline";
    }

    private String form(AccessScope scope, long orgId, Model model, MultiValueMap<String, String> values,
                        List<FieldProblem> problems) {
        model.addAttribute("org", orgs.refInScope(scope, orgId));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("ethnicities", Ethnicity.values());
        model.addAttribute("educations", EducationLevel.values());
        model.addAttribute("units", units.list());
        model.addAttribute("today", LocalDate.now(clock));
        return "recruitment/form";
    }

    /** The organization a scope anchored at one place works for (a branch secretary's branch), if there is one. */
    private OrgUnitRef ownOrganization(AccessScope scope) {
        return scope.anchorOrgIds().size() == 1 ? orgs.findInScope(scope, scope.anchorOrgIds().get(0)).orElse(null) : null;
    }

    private OrgUnitRef topOrganization(AccessScope scope) {
        OrgUnitRef own = ownOrganization(scope);
        if (own != null) {
            return own;
        }
        return orgs.roots(scope).stream().findFirst().flatMap(n -> orgs.findInScope(scope, n.id()))
                .orElseThrow(() -> new NotFoundException("您的管理范围内没有党组织"));
    }
}
