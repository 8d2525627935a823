package cn.dangjian.dues.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.dues.DuesPayments;
import cn.dangjian.dues.PaymentMethod;
import cn.dangjian.dues.RecordPayment;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's dues for the branch: the page, recording a payment of any months (by the member or on their behalf,
 * DF-12; never 垫交 or 扣缴, DF-14) and correcting one month of a payment.
 */
@Controller
class MemberDuesPageController {

    private final DuesPayments payments;
    private final MemberDuesPage page;

    MemberDuesPageController(DuesPayments payments, MemberDuesPage page) {
        this.payments = payments;
        this.page = page;
    }

    @GetMapping("/dues/members/{memberId}")
    String member(AccessScope scope, @PathVariable long memberId, @RequestParam(required = false) Integer year,
                  Model model) {
        if (scope.ownRecordsOnly() && scope.memberId() != null && scope.memberId() == memberId) {
            return "redirect:/dues/mine" + (year == null ? "" : "?year=" + year);
        }
        return page.show(scope, memberId, year, model);
    }

    @PostMapping("/dues/members/{memberId}/payments")
    String record(AccessScope scope, @PathVariable long memberId, @RequestParam MultiValueMap<String, String> params,
                  Model model, RedirectAttributes redirect) {
        DuesInput in = new DuesInput(params);
        Integer year = in.integer("year", "年度");
        List<YearMonth> months = in.months("months", "所交月份");
        LocalDate paidOn = in.date("paidOn", "交纳日期");
        PaymentMethod method = in.choice(PaymentMethod.class, "method", "交纳方式");
        try {
            in.check();
            String no = payments.record(scope, new RecordPayment(memberId, months, in.text("amount"), paidOn, method,
                    in.text("proxyName"), in.text("consent"), in.text("note")));
            redirect.addFlashAttribute("notice", "已登记交纳（编号" + no + "）");
            return "redirect:/dues/members/" + memberId + (year == null ? "" : "?year=" + year);
        } catch (InvalidInputException e) {
            return page.show(scope, memberId, year, "payment", params, e.problems(), null, model);
        }
    }

    @PostMapping("/dues/members/{memberId}/payments/{rowId}/corrections")
    String correct(AccessScope scope, @PathVariable long memberId, @PathVariable long rowId,
                   @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        DuesInput in = new DuesInput(params);
        Integer year = in.integer("year", "年度");
        try {
            payments.correct(scope, rowId, in.text("amount"), in.text("reason"));
            redirect.addFlashAttribute("notice", "已更正交纳记录");
            return "redirect:/dues/members/" + memberId + (year == null ? "" : "?year=" + year);
        } catch (InvalidInputException e) {
            return page.show(scope, memberId, year, "correction-" + rowId, params, e.problems(), null, model);
        }
    }
}
