package cn.dangjian.dues.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.dues.AssessmentKind;
import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.DuesOverview;
import cn.dangjian.dues.DuesPayments;
import cn.dangjian.dues.DuesReductions;
import cn.dangjian.dues.MemberDues;
import cn.dangjian.dues.PaymentMethod;
import cn.dangjian.dues.Reassessment;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A member's dues page for the branch, filled for showing and for showing again with a form's typed values and
 * problems: the assessment and its history, the 12 months, the payments, and the forms that change them.
 */
@Component
class MemberDuesPage {

    /** DF-12: a 补交 of a month more than this many months back needs the branch's recorded consent. */
    static final int CONSENT_AFTER_MONTHS = 6;

    private final DuesOverview overview;
    private final DuesAssessments assessments;
    private final DuesPayments payments;
    private final DuesReductions reductions;
    private final Clock clock;

    MemberDuesPage(DuesOverview overview, DuesAssessments assessments, DuesPayments payments, DuesReductions reductions,
                   Clock clock) {
        this.overview = overview;
        this.assessments = assessments;
        this.payments = payments;
        this.reductions = reductions;
        this.clock = clock;
    }

    /** The page with no form open. */
    String show(AccessScope scope, long memberId, Integer year, Model model) {
        return show(scope, memberId, year, null, new LinkedMultiValueMap<>(), List.of(), null, model);
    }

    /** The page with {@code form} shown again: what was typed and what is wrong with it. */
    String show(AccessScope scope, long memberId, Integer year, String form, MultiValueMap<String, String> values,
                List<FieldProblem> problems, Reassessment suggestion, Model model) {
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        MemberDues dues = overview.memberYear(scope, memberId, y);
        model.addAttribute("dues", dues);
        model.addAttribute("year", y);
        model.addAttribute("history", assessments.history(scope, memberId, y));
        model.addAttribute("payments", payments.ofMember(scope, memberId));
        model.addAttribute("reductions", reductions.ofMember(scope, memberId));
        model.addAttribute("open", openMonths(scope, memberId, dues, today));
        model.addAttribute("consentBefore", YearMonth.from(today).minusMonths(CONSENT_AFTER_MONTHS));
        model.addAttribute("methods", PaymentMethod.values());
        model.addAttribute("categories", DuesCategory.values());
        model.addAttribute("kinds", List.of(AssessmentKind.CHANGE, AssessmentKind.CORRECTION));
        model.addAttribute("canRecord", scope.can(Permission.DUES_RECORD));
        model.addAttribute("form", form);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("problemFields", problems.stream().map(FieldProblem::field).toList());
        model.addAttribute("suggestion", suggestion);
        model.addAttribute("today", today);
        model.addAttribute("thisMonth", YearMonth.from(today));
        return "dues/member";
    }

    /**
     * The months a payment may be recorded for: the year's assessed months not paid in full (later ones are 预交),
     * and the months still unpaid in the two years before.
     */
    private List<YearMonth> openMonths(AccessScope scope, long memberId, MemberDues dues, LocalDate today) {
        List<YearMonth> months = new ArrayList<>();
        for (int back = 2; back >= 1; back--) {
            if (dues.year() - back >= today.getYear() - 2) {
                months.addAll(overview.memberYear(scope, memberId, dues.year() - back).months().stream()
                        .filter(m -> m.due() != null && !m.paidInFull()).map(MemberDues.Month::month).toList());
            }
        }
        dues.months().stream().filter(m -> m.due() != null && !m.paidInFull()).map(MemberDues.Month::month)
                .forEach(months::add);
        return months;
    }
}
