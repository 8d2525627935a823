package cn.dangjian.dues.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.dues.DuesReductions;
import cn.dangjian.dues.ReductionStatus;
import cn.dangjian.dues.ReductionView;
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
 * 少交/免交 (DF-07, DF-19): the applications of the subtree and those waiting for this 党委, the 支委会's decision on
 * an application and the 上级党委's approval, each carrying the version it was read at.
 */
@Controller
class ReductionPageController {

    private final DuesReductions reductions;
    private final DuesPages pages;
    private final Clock clock;

    ReductionPageController(DuesReductions reductions, DuesPages pages, Clock clock) {
        this.reductions = reductions;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/dues/reductions")
    String list(AccessScope scope, @RequestParam(required = false) Long orgId,
                @RequestParam(required = false) ReductionStatus status, Model model) {
        return page(scope, pages.org(scope, orgId), status, null, new LinkedMultiValueMap<>(), List.of(), model);
    }

    @PostMapping("/dues/reductions/{id}/branch-decision")
    String decide(AccessScope scope, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
                  Model model, RedirectAttributes redirect) {
        ReductionView r = reductions.get(scope, id);
        DuesInput in = new DuesInput(params);
        Boolean agreed = in.yesNo("agreed", "支委会意见");
        LocalDate on = in.date("decidedOn", "研究日期");
        Integer version = in.integer("version", "版本");
        try {
            in.check();
            reductions.branchDecides(scope, id, agreed, on, in.text("decision"), version == null ? r.version() : version);
            redirect.addFlashAttribute("notice", "已记录支委会对" + r.memberName() + "申请的意见");
            return back(params, r);
        } catch (InvalidInputException e) {
            return page(scope, back(scope, params, r), null, id, params, e.problems(), model);
        }
    }

    @PostMapping("/dues/reductions/{id}/approval")
    String approve(AccessScope scope, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
                   Model model, RedirectAttributes redirect) {
        scope.require(Permission.DUES_APPROVE);
        ReductionView r = reductions.get(scope, id);
        DuesInput in = new DuesInput(params);
        Boolean approved = in.yesNo("approved", "审批结果");
        LocalDate on = in.date("decidedOn", "审批日期");
        Integer version = in.integer("version", "版本");
        try {
            in.check();
            reductions.approve(scope, id, approved, on, in.text("note"), in.text("amount"),
                    version == null ? r.version() : version);
            redirect.addFlashAttribute("notice", "已记录对" + r.memberName() + "申请的审批");
            return back(params, r);
        } catch (InvalidInputException e) {
            return page(scope, back(scope, params, r), null, id, params, e.problems(), model);
        }
    }

    private String back(MultiValueMap<String, String> params, ReductionView r) {
        String orgId = params.getFirst("orgId");
        return "redirect:/dues/reductions?orgId=" + (orgId != null && orgId.matches("\\d{1,18}") ? orgId : r.orgId());
    }

    private OrgUnitRef back(AccessScope scope, MultiValueMap<String, String> params, ReductionView r) {
        String orgId = params.getFirst("orgId");
        return pages.org(scope, orgId != null && orgId.matches("\\d{1,18}") ? Long.valueOf(orgId) : null);
    }

    private String page(AccessScope scope, OrgUnitRef org, ReductionStatus status, Long formFor,
                        MultiValueMap<String, String> values, List<FieldProblem> problems, Model model) {
        model.addAttribute("org", org);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ReductionStatus.values());
        model.addAttribute("rows", reductions.list(scope, org.id(), status));
        model.addAttribute("formFor", formFor);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("canRecord", scope.can(Permission.DUES_RECORD));
        model.addAttribute("canApprove", scope.can(Permission.DUES_APPROVE));
        model.addAttribute("today", LocalDate.now(clock));
        return "dues/reductions";
    }
}
