package cn.dangjian.dues.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.dues.DuesVoluntary;
import cn.dangjian.dues.VoluntaryPayment;
import cn.dangjian.member.Members;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 自愿多交党费 (DF-11): recorded by the branch; one of 1000元 or more needs the reason and 现实表现 and is forwarded
 * whole by the 党委, which records the day and the receipt (DF-21).
 */
@Controller
class VoluntaryPageController {

    private final DuesVoluntary voluntary;
    private final Members members;
    private final DuesPages pages;
    private final Clock clock;

    VoluntaryPageController(DuesVoluntary voluntary, Members members, DuesPages pages, Clock clock) {
        this.voluntary = voluntary;
        this.members = members;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/dues/voluntary")
    String list(AccessScope scope, @RequestParam(required = false) Long orgId,
                @RequestParam(required = false) Integer year, Model model) {
        OrgUnitRef org = pages.org(scope, orgId);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return page(scope, org, y, null, new LinkedMultiValueMap<>(), List.of(), model);
    }

    @PostMapping("/dues/voluntary")
    String record(AccessScope scope, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect) {
        DuesInput in = new DuesInput(params);
        OrgUnitRef org = pages.org(scope, in.id("orgId", "党组织"));
        Long memberId = in.id("memberId", "党员");
        LocalDate paidOn = in.date("paidOn", "交纳日期");
        if (memberId == null && !in.hasProblems()) {
            in.problem("memberId", "党员", "请选择");
        }
        int year = paidOn == null ? LocalDate.now(clock).getYear() : paidOn.getYear();
        try {
            in.check();
            voluntary.record(scope, memberId, paidOn, in.text("amount"), in.text("reason"), in.text("performance"));
            redirect.addFlashAttribute("notice", "已登记自愿多交党费");
            return "redirect:/dues/voluntary?orgId=" + org.id() + "&year=" + year;
        } catch (InvalidInputException e) {
            return page(scope, org, year, 0L, params, e.problems(), model);
        }
    }

    @PostMapping("/dues/voluntary/{id}/forward")
    String forward(AccessScope scope, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
                   Model model, RedirectAttributes redirect) {
        VoluntaryPayment p = voluntary.get(scope, id);
        DuesInput in = new DuesInput(params);
        OrgUnitRef org = pages.org(scope, in.id("orgId", "党组织"));
        LocalDate on = in.date("forwardedOn", "转交日期");
        Integer version = in.integer("version", "版本");
        try {
            in.check();
            voluntary.forward(scope, id, on, in.text("receiptNo"), version == null ? p.version() : version);
            redirect.addFlashAttribute("notice", "已记录转交");
            return "redirect:/dues/voluntary?orgId=" + org.id() + "&year=" + p.paidOn().getYear();
        } catch (InvalidInputException e) {
            return page(scope, org, p.paidOn().getYear(), id, params, e.problems(), model);
        }
    }

    private String page(AccessScope scope, OrgUnitRef org, int year, Long formFor, MultiValueMap<String, String> values,
                        List<FieldProblem> problems, Model model) {
        model.addAttribute("org", org);
        model.addAttribute("year", year);
        model.addAttribute("rows", voluntary.list(scope, org.id(), year));
        boolean canRecord = scope.can(Permission.DUES_RECORD) && org.type().holdsMembers();
        model.addAttribute("canRecord", canRecord);
        model.addAttribute("canForward", scope.can(Permission.DUES_APPROVE));
        model.addAttribute("roster", canRecord && scope.can(Permission.MEMBER_VIEW) ? members.roster(scope, org.id()) : List.of());
        model.addAttribute("formFor", formFor);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("today", LocalDate.now(clock));
        return "dues/voluntary";
    }
}
