package cn.dangjian.dues.web;

import java.time.Clock;
import java.time.LocalDate;

import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCollectionDay;
import cn.dangjian.dues.DuesOverview;
import cn.dangjian.dues.DuesPayments;
import cn.dangjian.dues.MemberDues;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的党费 (phone first): the member's own amount and how it was computed, the months paid, arrears, and 本人确认. */
@Controller
class MyDuesPageController {

    private final DuesOverview overview;
    private final DuesAssessments assessments;
    private final DuesPayments payments;
    private final DuesCollectionDay collectionDay;
    private final Clock clock;

    MyDuesPageController(DuesOverview overview, DuesAssessments assessments, DuesPayments payments,
                         DuesCollectionDay collectionDay, Clock clock) {
        this.overview = overview;
        this.assessments = assessments;
        this.payments = payments;
        this.collectionDay = collectionDay;
        this.clock = clock;
    }

    @GetMapping("/dues/mine")
    String mine(AccessScope scope, @RequestParam(required = false) Integer year, Model model) {
        long memberId = own(scope);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        MemberDues dues = overview.memberYear(scope, memberId, y);
        model.addAttribute("dues", dues);
        model.addAttribute("year", y);
        model.addAttribute("payments", payments.ofMember(scope, memberId).stream()
                .filter(p -> !p.superseded() && !p.amount().isZero() && p.month().getYear() == y).toList());
        model.addAttribute("history", assessments.history(scope, memberId, y));
        model.addAttribute("collectionDay", scope.anchorOrgIds().isEmpty() ? null
                : collectionDay.of(scope, scope.anchorOrgIds().get(0)));
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        return "dues/mine";
    }

    /** 本人确认: the member confirms the base of their assessment. */
    @PostMapping("/dues/mine/confirm")
    String confirm(AccessScope scope, @RequestParam long assessmentId, RedirectAttributes redirect) {
        assessments.confirm(scope, assessmentId);
        redirect.addFlashAttribute("notice", "已确认党费计算基数");
        return "redirect:/dues/mine";
    }

    private static long own(AccessScope scope) {
        if (scope.memberId() == null) {
            throw new NotFoundException("您的账号没有关联党员信息，没有本人的党费记录");
        }
        return scope.memberId();
    }
}
