package cn.dangjian.dues.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.dues.DuesCollectionDay;
import cn.dangjian.dues.DuesPayments;
import cn.dangjian.dues.RegisterLine;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 党费收缴 (the branch 组织委员's page): the month's 收缴登记表 of the organization's own roll and the usual case —
 * several members paid the month themselves on the 党费日 — recorded in one step (DF-12, DF-18).
 */
@Controller
class RegisterPageController {

    private final DuesPayments payments;
    private final DuesCollectionDay collectionDay;
    private final DuesPages pages;
    private final Clock clock;

    RegisterPageController(DuesPayments payments, DuesCollectionDay collectionDay, DuesPages pages, Clock clock) {
        this.payments = payments;
        this.collectionDay = collectionDay;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/dues")
    String register(AccessScope scope, @RequestParam(required = false) Long orgId,
                    @RequestParam(required = false) String month, Model model) {
        OrgUnitRef org = pages.org(scope, orgId);
        YearMonth m = DuesPages.month(month, YearMonth.now(clock));
        return page(scope, org, m, new LinkedMultiValueMap<>(), List.of(), model);
    }

    @PostMapping("/dues/register")
    String recordMonth(AccessScope scope, @RequestParam MultiValueMap<String, String> params, Model model,
                       RedirectAttributes redirect) {
        DuesInput in = new DuesInput(params);
        Long orgId = in.id("orgId", "党组织");
        OrgUnitRef org = pages.org(scope, orgId);
        YearMonth month = in.month("month", "月份");
        LocalDate paidOn = in.date("paidOn", "交纳日期");
        List<Long> ids = in.ids("memberIds", "党员");
        if (month == null && !in.hasProblems()) {
            in.problem("month", "月份", "不能为空");
        }
        if (paidOn == null && !in.hasProblems()) {
            in.problem("paidOn", "交纳日期", "不能为空");
        }
        if (ids.isEmpty()) {
            in.problem("memberIds", "党员", "请勾选本月已交纳的党员");
        }
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        try {
            in.check();
            int n = payments.recordMonth(scope, org.id(), month, paidOn, ids);
            redirect.addFlashAttribute("notice", "已登记" + n + "名党员" + month.getYear() + "年" + month.getMonthValue()
                    + "月的党费");
            return "redirect:/dues?orgId=" + org.id() + "&month=" + month;
        } catch (InvalidInputException e) {
            return page(scope, org, shown, params, e.problems(), model);
        }
    }

    private String page(AccessScope scope, OrgUnitRef org, YearMonth month, MultiValueMap<String, String> values,
                        List<FieldProblem> problems, Model model) {
        List<RegisterLine> lines = payments.register(scope, org.id(), month);
        model.addAttribute("org", org);
        model.addAttribute("month", month);
        model.addAttribute("lines", lines);
        model.addAttribute("unpaid", lines.stream().filter(RegisterLine::owing).count());
        model.addAttribute("collectionDay", collectionDay.of(scope, org.id()));
        model.addAttribute("canRecord", scope.can(Permission.DUES_RECORD));
        model.addAttribute("values", values);
        model.addAttribute("checked", values.getOrDefault("memberIds", List.of()));
        model.addAttribute("problems", problems);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("previous", month.minusMonths(1));
        model.addAttribute("next", month.plusMonths(1));
        return "dues/register";
    }
}
