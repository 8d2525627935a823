package cn.dangjian.responsibility.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.PageOrg;
import cn.dangjian.responsibility.DutyLevel;
import cn.dangjian.responsibility.AssessmentResults;
import cn.dangjian.responsibility.AssessmentView;
import cn.dangjian.responsibility.Assessments;
import cn.dangjian.responsibility.Indicator;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.PostedForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 考核指标 pages: the catalogue of record-derived indicators with their formulas, the ones chosen for the year, the
 * checkboxes a 工委 or 机关党委 chooses them with, the figures per organization below the page's organization, and
 * for a figure the organizations that missed with what their records show.
 */
@Controller
class IndicatorPageController {

    private final Assessments assessments;
    private final PageOrg pageOrg;
    private final Clock clock;

    IndicatorPageController(Assessments assessments, PageOrg pageOrg, Clock clock) {
        this.assessments = assessments;
        this.pageOrg = pageOrg;
        this.clock = clock;
    }

    @GetMapping("/assessments")
    String page(AccessScope scope, @RequestParam(required = false) Long orgId,
                @RequestParam(required = false) Integer year, Model model) {
        scope.require(Permission.DUTY_VIEW);
        OrgUnitRef org = pageOrg.of(scope, orgId, model.getAttribute("homeOrg"));
        return show(scope, org, year == null ? thisYear() : year, null, List.of(), model);
    }

    @PostMapping("/assessments")
    String define(AccessScope scope, @RequestParam long orgId, @RequestParam MultiValueMap<String, String> params,
                  Model model, RedirectAttributes redirect) {
        OrgUnitRef org = pageOrg.of(scope, orgId, null);
        scope.require(Permission.DUTY_ASSIGN);
        PostedForm in = new PostedForm(params);
        Integer year = in.integer("year", "年度");
        Integer version = in.integer("version", "版本");
        List<Indicator> chosen = new ArrayList<>();
        for (String name : in.all("indicators")) {
            try {
                chosen.add(Indicator.valueOf(name));
            } catch (IllegalArgumentException e) {
                in.problem("indicators", "考核指标", "选择无效");
            }
        }
        int y = year == null ? thisYear() : year;
        try {
            in.check();
            assessments.define(scope, org.id(), y, chosen, version);
            redirect.addFlashAttribute("notice", "考核指标已确定，各项结果由平台据记录计算，不需要下级填报");
            return "redirect:/assessments?orgId=" + org.id() + "&year=" + y;
        } catch (InvalidInputException e) {
            return show(scope, org, y, chosen, e.problems(), model);
        }
    }

    @GetMapping("/assessments/{id}/misses")
    String misses(AccessScope scope, @PathVariable long id, @RequestParam long orgId,
                  @RequestParam Indicator indicator, Model model) {
        AssessmentResults results = assessments.results(scope, id, orgId);
        AssessmentResults.Figure figure = results.total().figure(indicator);
        if (figure == null) {
            throw new NotFoundException("本年度考核指标中没有“" + indicator.label() + "”");
        }
        model.addAttribute("results", results);
        model.addAttribute("indicator", indicator);
        model.addAttribute("figure", figure);
        return "responsibility/assessment-misses";
    }

    private String show(AccessScope scope, OrgUnitRef org, int year, List<Indicator> ticked,
                        List<FieldProblem> problems, Model model) {
        AssessmentView assessment = assessments.of(scope, org.id(), year).orElse(null);
        boolean own = assessment != null && assessment.issuerOrgId() == org.id();
        int now = thisYear();
        model.addAttribute("org", org);
        model.addAttribute("year", year);
        model.addAttribute("years", List.of(now - 1, now, now + 1));
        model.addAttribute("catalogue", Indicator.values());
        model.addAttribute("assessment", assessment);
        model.addAttribute("own", own);
        model.addAttribute("canDefine", scope.can(Permission.DUTY_ASSIGN) && year >= now && year <= now + 1
                && DutyLevel.issues(org.type()));
        model.addAttribute("ticked", ticked != null ? ticked : own ? assessment.indicators() : List.of());
        model.addAttribute("version", own ? assessment.version() : null);
        model.addAttribute("problems", problems);
        model.addAttribute("results", assessment == null ? null : assessments.results(scope, assessment.id(), org.id()));
        return "responsibility/assessments";
    }

    private int thisYear() {
        return LocalDate.now(clock).getYear();
    }
}
