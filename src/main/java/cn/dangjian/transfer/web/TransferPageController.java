package cn.dangjian.transfer.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.documents.DocumentDownload;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.PageOrg;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.PostedForm;
import cn.dangjian.transfer.LetterCarrier;
import cn.dangjian.transfer.LetterFile;
import cn.dangjian.transfer.RecordReceipt;
import cn.dangjian.transfer.StartLetterTransfer;
import cn.dangjian.transfer.StartTransfer;
import cn.dangjian.transfer.TransferBatches;
import cn.dangjian.transfer.TransferKind;
import cn.dangjian.transfer.TransferLetters;
import cn.dangjian.transfer.TransferOverview;
import cn.dangjian.transfer.TransferQuery;
import cn.dangjian.transfer.TransferState;
import cn.dangjian.transfer.TransferView;
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
 * 组织关系转接 pages: the list of a subtree's transfers with what waits for the caller on top; starting one from a
 * member; one transfer with the steps the caller may take now.
 */
@Controller
class TransferPageController {

    private final Transfers transfers;
    private final TransferLetters letters;
    private final PageOrg pageOrg;
    private final TransferActions actions;
    private final TransferOverview overview;
    private final TransferBatches batches;
    private final Clock clock;

    TransferPageController(Transfers transfers, TransferLetters letters, PageOrg pageOrg, TransferActions actions,
                           TransferOverview overview, TransferBatches batches, Clock clock) {
        this.batches = batches;
        this.transfers = transfers;
        this.overview = overview;
        this.letters = letters;
        this.pageOrg = pageOrg;
        this.actions = actions;
        this.clock = clock;
    }

    @GetMapping("/transfers")
    String list(AccessScope scope, @RequestParam(required = false) Long orgId,
                @RequestParam(required = false) TransferState state, @RequestParam(required = false) TransferKind kind,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String q, Model model) {
        OrgUnitRef org = pageOrg.of(scope, orgId, model.getAttribute("homeOrg"));
        List<TransferView> rows = transfers.list(scope, org.id(), new TransferQuery(state, kind, year, q));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("org", org);
        model.addAttribute("rows", rows);
        model.addAttribute("todo", rows.stream() // a 整建制转移 waits as one, under its lead
                .filter(t -> (t.batchId() == null || t.batchId() == t.id()) && actions.waitsFor(scope, t, today)).toList());
        model.addAttribute("summary", overview.summary(scope, org.id(), today.getYear()));
        model.addAttribute("states", TransferState.values());
        model.addAttribute("kinds", TransferKind.values());
        model.addAttribute("state", state);
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("q", q);
        model.addAttribute("today", today);
        return "transfer/list";
    }

    @GetMapping("/transfers/new")
    String form(AccessScope scope, @RequestParam long memberId, Model model) {
        return form(scope, memberId, new LinkedMultiValueMap<>(), List.of(), model);
    }

    @PostMapping("/transfers")
    String start(AccessScope scope, @RequestParam MultiValueMap<String, String> params, Model model,
                 RedirectAttributes redirect) {
        PostedForm in = new PostedForm(params);
        Long memberId = in.id("memberId", "党员");
        if (memberId == null) {
            throw new NotFoundException("党员不存在");
        }
        TransferKind kind = in.choice(TransferKind.class, "kind", "转接方式");
        LocalDate on = in.date("on", "发起日期");
        try {
            in.check();
            long id = kind == TransferKind.OUT
                    ? transfers.startOut(scope, new StartLetterTransfer(memberId, in.text("toName"), in.text("addressee"),
                    in.choice(LetterCarrier.class, "carrier", "介绍信携带方式"), in.text("reason"), on))
                    : transfers.start(scope, new StartTransfer(memberId, in.id("toOrgId", "转入党组织"), in.text("reason"), on));
            redirect.addFlashAttribute("notice", "已保存转接草稿，请核对后提交");
            return "redirect:/transfers/" + id;
        } catch (InvalidInputException e) {
            return form(scope, memberId, params, e.problems(), model);
        }
    }

    @GetMapping("/transfers/{id}")
    String show(AccessScope scope, @PathVariable long id, Model model) {
        return show(scope, transfers.get(scope, id), new LinkedMultiValueMap<>(), List.of(), model);
    }

    @PostMapping("/transfers/{id}/{step}")
    String step(AccessScope scope, @PathVariable long id, @PathVariable String step,
                @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        TransferView t = transfers.get(scope, id); // 404 outside the scope, before the version is compared
        PostedForm in = new PostedForm(params);
        Integer version = in.integer("version", "版本");
        LocalDate on = in.date("on", "办理日期");
        try {
            in.check();
            String done = switch (step) {
                case "submit" -> run(() -> transfers.submit(scope, id, version, on), "已提交");
                case "approve" -> run(() -> transfers.approve(scope, id, version, on), "已审批同意");
                case "return" -> run(() -> transfers.sendBack(scope, id, in.text("reason"), version), "已退回");
                case "accept" -> run(() -> transfers.accept(scope, id, version), "已接收，该党员的组织关系已转入本组织");
                case "cancel" -> run(() -> transfers.cancel(scope, id, version), "已撤销");
                case "reissue" -> run(() -> letters.reissue(scope, id, version), "已补开介绍信，原编号作废");
                case "receipt" -> receipt(scope, id, in, version);
                default -> throw new NotFoundException("页面不存在");
            };
            redirect.addFlashAttribute("notice", done);
            return "redirect:/transfers/" + id;
        } catch (InvalidInputException e) {
            return show(scope, t, params, e.problems(), model);
        }
    }

    @GetMapping("/transfers/{id}/letter.{format:pdf|docx}")
    org.springframework.http.ResponseEntity<byte[]> letter(AccessScope scope, @PathVariable long id,
                                                           @PathVariable String format) {
        return DocumentDownload.of(letters.letter(scope, id, "pdf".equals(format)
                ? cn.dangjian.transfer.LetterFile.Format.PDF : cn.dangjian.transfer.LetterFile.Format.DOCX));
    }

    private String receipt(AccessScope scope, long id, PostedForm in, int version) {
        LocalDate receivedOn = in.date("receivedOn", "回执上的接收日期");
        LocalDate returnedOn = in.date("returnedOn", "回执收回日期");
        in.check();
        letters.recordReceipt(scope, id, new RecordReceipt(receivedOn, returnedOn, in.text("handler")), version);
        return "已登记回执，该党员的组织关系已转出";
    }

    private static String run(Runnable step, String notice) {
        step.run();
        return notice;
    }

    private String show(AccessScope scope, TransferView t, MultiValueMap<String, String> values,
                        List<FieldProblem> problems, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("t", t);
        model.addAttribute("batch", t.inBatch() ? batches.of(scope, t.id()) : List.of());
        model.addAttribute("can", actions.of(scope, t, today));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("today", today);
        return "transfer/show";
    }

    private String form(AccessScope scope, long memberId, MultiValueMap<String, String> values,
                        List<FieldProblem> problems, Model model) {
        scope.require(Permission.TRANSFER_RECORD);
        TransferActions.Subject member = actions.member(scope, memberId);
        model.addAttribute("member", member);
        model.addAttribute("destinations", transfers.destinations(scope, member.orgId()));
        model.addAttribute("carriers", LetterCarrier.values());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("today", LocalDate.now(clock));
        return "transfer/new";
    }
}
