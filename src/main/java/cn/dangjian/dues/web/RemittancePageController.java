package cn.dangjian.dues.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.dues.DuesRemittances;
import cn.dangjian.dues.RecordRemittance;
import cn.dangjian.dues.RemittanceView;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Fen;
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

/** 上缴记录 (DF-22): the remittances of the subtree with their reconciliation, and recording one. */
@Controller
class RemittancePageController {

    private final DuesRemittances remittances;
    private final DuesPages pages;
    private final Clock clock;

    RemittancePageController(DuesRemittances remittances, DuesPages pages, Clock clock) {
        this.remittances = remittances;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/dues/remittances")
    String list(AccessScope scope, @RequestParam(required = false) Long orgId,
                @RequestParam(required = false) Integer year, Model model) {
        OrgUnitRef org = pages.org(scope, orgId);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return page(scope, org, y, new LinkedMultiValueMap<>(), List.of(), model);
    }

    @PostMapping("/dues/remittances")
    String record(AccessScope scope, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect) {
        DuesInput in = new DuesInput(params);
        OrgUnitRef org = pages.org(scope, in.id("orgId", "党组织"));
        YearMonth from = in.month("from", "起始月份");
        YearMonth until = in.month("until", "截止月份");
        LocalDate on = in.date("remittedOn", "上缴日期");
        int year = until != null ? until.getYear() : LocalDate.now(clock).getYear();
        try {
            in.check();
            remittances.record(scope, new RecordRemittance(org.id(), from, until, on, in.text("amount"),
                    "true".equals(in.text("bankTransfer")), in.text("proofNo"), in.text("handledBy"), in.text("note")));
            redirect.addFlashAttribute("notice", "已登记上缴记录");
            return "redirect:/dues/remittances?orgId=" + org.id() + "&year=" + year;
        } catch (InvalidInputException e) {
            return page(scope, org, year, params, e.problems(), model);
        }
    }

    private String page(AccessScope scope, OrgUnitRef org, int year, MultiValueMap<String, String> values,
                        List<FieldProblem> problems, Model model) {
        model.addAttribute("org", org);
        model.addAttribute("year", year);
        List<RemittanceView> rows = remittances.list(scope, org.id(), year);
        model.addAttribute("rows", rows);
        model.addAttribute("differences", rows.stream().collect(java.util.stream.Collectors.toMap(RemittanceView::id,
                r -> r.reconciled() ? "已核对" : (r.differenceFen() > 0 ? "少缴" : "多缴") + Fen.of(Math.abs(r.differenceFen())))));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("canRecord", scope.can(Permission.DUES_RECORD) && org.type().holdsMembers());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("lastMonth", YearMonth.now(clock).minusMonths(1));
        return "dues/remittances";
    }
}
