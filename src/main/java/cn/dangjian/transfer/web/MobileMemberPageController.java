package cn.dangjian.transfer.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.PageOrg;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.ListLinks;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.PostedForm;
import cn.dangjian.transfer.MobileMemberView;
import cn.dangjian.transfer.MobileMembers;
import cn.dangjian.transfer.MobileQuery;
import cn.dangjian.transfer.RecordContact;
import cn.dangjian.transfer.RegisterInflow;
import cn.dangjian.transfer.RegisterOutflow;
import cn.dangjian.transfer.Transfers;
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
 * The 流动党员 register: the subtree's list, the outflow form opened from a member's page, the inflow form for a
 * member from outside the platform, and one entry with its contacts, the contact form and the end.
 */
@Controller
class MobileMemberPageController {

    /** The ways a branch keeps in touch, offered in the contact form. */
    static final List<String> MEANS = List.of("电话", "微信", "当面", "视频", "书信", "其他");

    private final MobileMembers mobile;
    private final Transfers transfers;
    private final TransferActions actions;
    private final PageOrg pageOrg;
    private final Clock clock;

    MobileMemberPageController(MobileMembers mobile, Transfers transfers, TransferActions actions, PageOrg pageOrg,
                               Clock clock) {
        this.mobile = mobile;
        this.transfers = transfers;
        this.actions = actions;
        this.pageOrg = pageOrg;
        this.clock = clock;
    }

    @GetMapping("/mobile-members")
    String list(AccessScope scope, @RequestParam(required = false) Long orgId,
                @RequestParam(defaultValue = "true") boolean open, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                HttpServletRequest request, Model model) {
        OrgUnitRef org = pageOrg.of(scope, orgId, model.getAttribute("homeOrg"));
        model.addAttribute("org", org);
        model.addAttribute("result", mobile.list(scope, org.id(), new MobileQuery(open, q), PageRequest.of(page, size)));
        model.addAttribute("list", ListLinks.of("/mobile-members", request.getQueryString(), null));
        model.addAttribute("open", open);
        model.addAttribute("q", q);
        model.addAttribute("today", LocalDate.now(clock));
        return "mobile/list";
    }

    @GetMapping("/mobile-members/of/{memberId}")
    String ofMember(AccessScope scope, @PathVariable long memberId) {
        actions.member(scope, memberId); // 404 for a member outside the caller's reach
        return mobile.openEntryOf(scope, memberId).map(id -> "redirect:/mobile-members/" + id)
                .orElse("redirect:/mobile-members/new?memberId=" + memberId);
    }

    @GetMapping("/mobile-members/new")
    String outflowForm(AccessScope scope, @RequestParam long memberId, Model model) {
        return outflowForm(scope, memberId, new LinkedMultiValueMap<>(), List.of(), model);
    }

    @PostMapping("/mobile-members")
    String registerOut(AccessScope scope, @RequestParam MultiValueMap<String, String> params, Model model,
                       RedirectAttributes redirect) {
        PostedForm in = new PostedForm(params);
        Long memberId = in.id("memberId", "党员");
        if (memberId == null) {
            throw new NotFoundException("党员不存在");
        }
        RegisterOutflow cmd = new RegisterOutflow(memberId, in.date("since", "外出日期"), in.text("destination"),
                in.text("reason"), in.checked("fixedPlace"), in.text("phone"), in.id("inflowOrgId", "流入地党组织（平台内）"),
                in.text("inflowName"));
        try {
            in.check();
            long id = mobile.registerOut(scope, cmd);
            redirect.addFlashAttribute("notice", "已登记为流动党员。请至少每6个月联系一次，了解其参加组织生活情况");
            return "redirect:/mobile-members/" + id;
        } catch (InvalidInputException e) {
            return outflowForm(scope, memberId, params, e.problems(), model);
        }
    }

    @GetMapping("/mobile-members/inflow/new")
    String inflowForm(AccessScope scope, @RequestParam(required = false) Long orgId, Model model) {
        OrgUnitRef org = pageOrg.of(scope, orgId, model.getAttribute("homeOrg"));
        return inflowForm(org, new LinkedMultiValueMap<>(), List.of(), model);
    }

    @PostMapping("/mobile-members/inflow")
    String registerIn(AccessScope scope, @RequestParam MultiValueMap<String, String> params, Model model,
                      RedirectAttributes redirect) {
        PostedForm in = new PostedForm(params);
        Long orgId = in.id("orgId", "流入党组织");
        OrgUnitRef org = pageOrg.of(scope, orgId, model.getAttribute("homeOrg"));
        RegisterInflow cmd = new RegisterInflow(orgId, in.text("name"), in.text("phone"), in.text("homeOrgName"),
                in.date("since", "流入日期"), in.text("reason"));
        try {
            in.check();
            long id = mobile.registerIn(scope, cmd);
            redirect.addFlashAttribute("notice", "已登记流入党员");
            return "redirect:/mobile-members/" + id;
        } catch (InvalidInputException e) {
            return inflowForm(org, params, e.problems(), model);
        }
    }

    @GetMapping("/mobile-members/{id}")
    String show(AccessScope scope, @PathVariable long id, Model model) {
        return show(scope, mobile.get(scope, id), new LinkedMultiValueMap<>(), List.of(), model);
    }

    @PostMapping("/mobile-members/{id}/{step:contact|end}")
    String step(AccessScope scope, @PathVariable long id, @PathVariable String step,
                @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        MobileMemberView m = mobile.get(scope, id); // 404 outside the scope, before the version is compared
        PostedForm in = new PostedForm(params);
        Integer version = in.integer("version", "版本");
        try {
            if ("contact".equals(step)) {
                RecordContact contact = new RecordContact(in.date("contactedOn", "联系日期"), in.text("means"),
                        in.checked("attendedElsewhere"), in.text("note"));
                in.check();
                mobile.contact(scope, id, contact, version);
                redirect.addFlashAttribute("notice", "已登记联系情况");
            } else {
                LocalDate on = in.date("endedOn", "结束日期");
                in.check();
                mobile.end(scope, id, on, in.text("endReason"), version);
                redirect.addFlashAttribute("notice", "已结束流动登记");
            }
            return "redirect:/mobile-members/" + id;
        } catch (InvalidInputException e) {
            return show(scope, m, params, e.problems(), model);
        }
    }

    private String show(AccessScope scope, MobileMemberView m, MultiValueMap<String, String> values,
                        List<FieldProblem> problems, Model model) {
        model.addAttribute("m", m);
        model.addAttribute("canRecord", scope.can(Permission.TRANSFER_RECORD) && m.open());
        model.addAttribute("canEnd", scope.can(Permission.TRANSFER_RECORD) && m.open() && actions.reaches(scope, m.orgId()));
        model.addAttribute("means", MEANS);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("today", LocalDate.now(clock));
        return "mobile/show";
    }

    private String outflowForm(AccessScope scope, long memberId, MultiValueMap<String, String> values,
                               List<FieldProblem> problems, Model model) {
        scope.require(Permission.TRANSFER_RECORD);
        TransferActions.Subject member = actions.member(scope, memberId);
        model.addAttribute("member", member);
        model.addAttribute("destinations", transfers.destinations(scope, member.orgId()));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("today", LocalDate.now(clock));
        return "mobile/new";
    }

    private String inflowForm(OrgUnitRef org, MultiValueMap<String, String> values, List<FieldProblem> problems,
                              Model model) {
        model.addAttribute("org", org);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("today", LocalDate.now(clock));
        return "mobile/inflow";
    }
}
