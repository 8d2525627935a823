package cn.dangjian.transfer.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.PageOrg;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.PostedForm;
import cn.dangjian.transfer.IncomingLetters;
import cn.dangjian.transfer.LetterCarrier;
import cn.dangjian.transfer.StartBatchTransfer;
import cn.dangjian.transfer.TransferBatches;
import cn.dangjian.transfer.TransferKind;
import cn.dangjian.transfer.Transfers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 整建制转移 (ZJ-06): a branch ticks the members who move together (or all of them at once) and where they go; an
 * organization above picks the branch first. Saved as one batch of drafts, or not at all.
 */
@Controller
class TransferBatchPageController {

    private final TransferBatches batches;
    private final Transfers transfers;
    private final IncomingLetters incoming;
    private final PageOrg pageOrg;
    private final Clock clock;

    TransferBatchPageController(TransferBatches batches, Transfers transfers, IncomingLetters incoming,
                                PageOrg pageOrg, Clock clock) {
        this.batches = batches;
        this.transfers = transfers;
        this.incoming = incoming;
        this.pageOrg = pageOrg;
        this.clock = clock;
    }

    @GetMapping("/transfers/batch/new")
    String form(AccessScope scope, @RequestParam(required = false) Long orgId,
                @RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("all", all);
        return form(scope, pageOrg.of(scope, orgId, model.getAttribute("homeOrg")), null, List.of(), model);
    }

    @PostMapping("/transfers/batch")
    String start(AccessScope scope, @RequestParam MultiValueMap<String, String> params, Model model,
                 RedirectAttributes redirect) {
        PostedForm in = new PostedForm(params);
        Long orgId = in.id("fromOrgId", "转出党组织");
        if (orgId == null) {
            throw new NotFoundException("党组织不存在");
        }
        OrgUnitRef org = pageOrg.of(scope, orgId, null);
        List<Long> members = in.ids("memberIds", "转移党员");
        TransferKind kind = in.choice(TransferKind.class, "kind", "转接方式");
        LocalDate on = in.date("on", "发起日期");
        Long toOrgId = in.id("toOrgId", "转入党组织");
        LetterCarrier carrier = in.choice(LetterCarrier.class, "carrier", "介绍信携带方式");
        try {
            in.check();
            long lead = batches.start(scope, new StartBatchTransfer(org.id(), members, kind, toOrgId,
                    in.text("toName"), in.text("addressee"), carrier, in.text("reason"), on));
            redirect.addFlashAttribute("notice", "已保存整建制转移草稿（" + members.size() + "名党员），请核对后提交");
            return "redirect:/transfers/" + lead;
        } catch (InvalidInputException e) {
            model.addAttribute("all", false);
            return form(scope, org, params, e.problems(), model);
        }
    }

    private String form(AccessScope scope, OrgUnitRef org, MultiValueMap<String, String> values,
                        List<FieldProblem> problems, Model model) {
        scope.require(Permission.TRANSFER_RECORD);
        model.addAttribute("org", org);
        model.addAttribute("holders", incoming.holders(scope, org.id()));
        boolean branch = org.type().holdsMembers();
        model.addAttribute("branch", branch);
        if (branch) {
            model.addAttribute("movable", batches.movable(scope, org.id()));
            model.addAttribute("destinations", transfers.destinations(scope, org.id()));
        }
        model.addAttribute("carriers", LetterCarrier.values());
        model.addAttribute("values", values == null ? new LinkedMultiValueMap<>() : values);
        model.addAttribute("problems", problems);
        model.addAttribute("today", LocalDate.now(clock));
        return "transfer/batch-new";
    }
}
