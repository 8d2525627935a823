package cn.dangjian.dues.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import cn.dangjian.dues.ApplyReduction;
import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.AssessmentKind;
import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.DuesReductions;
import cn.dangjian.dues.Reassessment;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What changes a member's amount, from their dues page: the suggestion after a salary change (DF-10 against
 * DF-17) and recording it, a correction or a first assessment, and a 少交/免交 application (DF-07).
 */
@Controller
class MemberAssessmentController {

    private final DuesAssessments assessments;
    private final DuesReductions reductions;
    private final MemberDuesPage page;
    private final Clock clock;

    MemberAssessmentController(DuesAssessments assessments, DuesReductions reductions, MemberDuesPage page, Clock clock) {
        this.assessments = assessments;
        this.reductions = reductions;
        this.page = page;
        this.clock = clock;
    }

    /** Shows what a salary change would do; nothing is stored. */
    @PostMapping("/dues/members/{memberId}/reassessment")
    String suggest(AccessScope scope, @PathVariable long memberId, @RequestParam MultiValueMap<String, String> params,
                   Model model) {
        DuesInput in = new DuesInput(params);
        Integer year = in.integer("year", "年度");
        DuesCategory category = in.choice(DuesCategory.class, "category", "人员类别");
        YearMonth paidFrom = in.month("paidFrom", "新工资发放月份");
        if (category == null && !in.hasProblems()) {
            in.problem("category", "人员类别", "请选择");
        }
        try {
            in.check();
            Reassessment suggestion = assessments.suggest(scope, memberId, category, in.text("base"), paidFrom);
            return page.show(scope, memberId, year, "suggest", params, java.util.List.of(), suggestion, model);
        } catch (InvalidInputException e) {
            return page.show(scope, memberId, year, "suggest", params, e.problems(), null, model);
        }
    }

    /** Records an assessment row: a salary change from the suggested month, a correction, or a first assessment. */
    @PostMapping("/dues/members/{memberId}/assessments")
    String assess(AccessScope scope, @PathVariable long memberId, @RequestParam MultiValueMap<String, String> params,
                  Model model, RedirectAttributes redirect) {
        DuesInput in = new DuesInput(params);
        Integer year = in.integer("year", "年度");
        YearMonth from = in.month("from", "起始月份");
        DuesCategory category = in.choice(DuesCategory.class, "category", "人员类别");
        AssessmentKind kind = in.choice(AssessmentKind.class, "kind", "核定原因");
        Long corrects = in.id("corrects", "更正的核定记录");
        if (category == null && !in.hasProblems()) {
            in.problem("category", "人员类别", "请选择");
        }
        int y = from != null ? from.getYear() : year != null ? year : LocalDate.now(clock).getYear();
        String form = kind == AssessmentKind.CHANGE ? "suggest" : "assess";
        try {
            in.check();
            assessments.assess(scope, new AssessMember(memberId, y, from, category, in.text("base"),
                    in.text("farmerAmount"), kind, kind == AssessmentKind.CORRECTION ? corrects : null, in.text("note")));
            redirect.addFlashAttribute("notice", "已保存核定" + (kind == null ? "" : "（" + kind.label() + "）"));
            return "redirect:/dues/members/" + memberId + "?year=" + y;
        } catch (InvalidInputException e) {
            return page.show(scope, memberId, year, form, params, e.problems(), null, model);
        }
    }

    @PostMapping("/dues/members/{memberId}/reductions")
    String apply(AccessScope scope, @PathVariable long memberId, @RequestParam MultiValueMap<String, String> params,
                 Model model, RedirectAttributes redirect) {
        DuesInput in = new DuesInput(params);
        Integer year = in.integer("year", "年度");
        YearMonth from = in.month("from", "起始月份");
        YearMonth until = in.month("until", "截止月份");
        LocalDate appliedOn = in.date("appliedOn", "申请日期");
        boolean exempt = "true".equals(in.text("exempt"));
        try {
            in.check();
            reductions.apply(scope, new ApplyReduction(memberId, exempt, in.text("amount"), from, until,
                    in.text("reason"), appliedOn));
            redirect.addFlashAttribute("notice", "已登记" + (exempt ? "免交" : "少交") + "党费申请，待支委会研究");
            return "redirect:/dues/members/" + memberId + (year == null ? "" : "?year=" + year);
        } catch (InvalidInputException e) {
            return page.show(scope, memberId, year, "reduction", params, e.problems(), null, model);
        }
    }
}
