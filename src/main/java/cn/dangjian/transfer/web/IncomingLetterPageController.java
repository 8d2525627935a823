package cn.dangjian.transfer.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.documents.DocumentDownload;
import cn.dangjian.member.MemberKind;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.PageOrg;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.Gender;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.ListLinks;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PostedForm;
import cn.dangjian.transfer.IncomingLetterView;
import cn.dangjian.transfer.IncomingLetters;
import cn.dangjian.transfer.IncomingQuery;
import cn.dangjian.transfer.LetterFile;
import cn.dangjian.transfer.ReceiptSent;
import cn.dangjian.transfer.RecordIncomingLetter;
import org.springframework.http.ResponseEntity;
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
 * Letters from outside the platform: the subtree's list (回执 still to send first), the form that records one and
 * takes the member in, and one letter with its 回执 to print and to record as sent.
 */
@Controller
class IncomingLetterPageController {

    private final IncomingLetters letters;
    private final PageOrg home;
    private final Clock clock;

    IncomingLetterPageController(IncomingLetters letters, PageOrg home, Clock clock) {
        this.letters = letters;
        this.home = home;
        this.clock = clock;
    }

    @GetMapping("/transfers/incoming")
    String list(AccessScope scope, @RequestParam(required = false) Long orgId,
                @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean pending,
                @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, HttpServletRequest request,
                Model model) {
        OrgUnitRef org = home.of(scope, orgId, model.getAttribute("homeOrg"));
        model.addAttribute("org", org);
        model.addAttribute("result", letters.list(scope, org.id(), new IncomingQuery(year, pending, q),
                PageRequest.of(page, size)));
        model.addAttribute("list", ListLinks.of("/transfers/incoming", request.getQueryString(), null));
        model.addAttribute("year", year);
        model.addAttribute("pending", pending);
        model.addAttribute("q", q);
        model.addAttribute("today", LocalDate.now(clock));
        return "transfer/incoming-list";
    }

    @GetMapping("/transfers/incoming/new")
    String form(AccessScope scope, @RequestParam(required = false) Long orgId, Model model) {
        OrgUnitRef org = home.of(scope, orgId, model.getAttribute("homeOrg"));
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        values.add("orgId", String.valueOf(org.id()));
        return form(scope, org, values, List.of(), model);
    }

    @PostMapping("/transfers/incoming")
    String record(AccessScope scope, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect) {
        PostedForm in = new PostedForm(params);
        Long orgId = in.id("orgId", "接收党组织");
        OrgUnitRef org = home.of(scope, orgId, model.getAttribute("homeOrg"));
        RecordIncomingLetter cmd = new RecordIncomingLetter(orgId, in.text("issuer"), in.text("fromName"),
                in.text("letterNo"), in.date("issuedOn", "开具日期"), in.integer("validityDays", "有效期（天）"),
                in.month("duesPaidUpTo", "党费已交到"), in.date("receivedOn", "报到接收日期"), in.text("name"),
                in.choice(Gender.class, "gender", "性别"), in.integer("age", "年龄"),
                in.choice(Ethnicity.class, "ethnicity", "民族"), in.text("citizenId"),
                in.choice(MemberKind.class, "kind", "正式/预备"), in.text("phone"), in.date("joinedOn", "入党日期"),
                in.date("confirmedOn", "转正日期"));
        try {
            in.check();
            long id = letters.record(scope, cmd);
            redirect.addFlashAttribute("notice", "已登记介绍信，" + cmd.name().strip() + "的组织关系已转入" + org.name()
                    + "。请打印回执，盖章后一个月内寄回开具介绍信的党组织");
            return "redirect:/transfers/incoming/" + id;
        } catch (InvalidInputException e) {
            return form(scope, org, params, e.problems(), model);
        }
    }

    @GetMapping("/transfers/incoming/{id}")
    String show(AccessScope scope, @PathVariable long id, Model model) {
        return show(letters.get(scope, id), new LinkedMultiValueMap<>(), List.of(), model);
    }

    @PostMapping("/transfers/incoming/{id}/receipt")
    String receiptSent(AccessScope scope, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
                       Model model, RedirectAttributes redirect) {
        IncomingLetterView l = letters.get(scope, id); // 404 outside the scope, before the version is compared
        PostedForm in = new PostedForm(params);
        Integer version = in.integer("version", "版本");
        LocalDate sentOn = in.date("sentOn", "回执寄出日期");
        try {
            in.check();
            letters.receiptSent(scope, id, new ReceiptSent(sentOn, in.text("handler"), in.text("phone")), version);
            redirect.addFlashAttribute("notice", "已登记回执寄出");
            return "redirect:/transfers/incoming/" + id;
        } catch (InvalidInputException e) {
            return show(l, params, e.problems(), model);
        }
    }

    @GetMapping("/transfers/incoming/{id}/receipt.{format:pdf|docx}")
    ResponseEntity<byte[]> receipt(AccessScope scope, @PathVariable long id, @PathVariable String format) {
        return DocumentDownload.of(letters.receipt(scope, id,
                "pdf".equals(format) ? LetterFile.Format.PDF : LetterFile.Format.DOCX));
    }

    private String show(IncomingLetterView l, MultiValueMap<String, String> values, List<FieldProblem> problems,
                        Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("l", l);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("today", today);
        return "transfer/incoming-show";
    }

    private String form(AccessScope scope, OrgUnitRef org, MultiValueMap<String, String> values,
                        List<FieldProblem> problems, Model model) {
        model.addAttribute("org", org);
        model.addAttribute("receivers", letters.holders(scope, org.id()));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("ethnicities", Ethnicity.values());
        model.addAttribute("kinds", MemberKind.values());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("today", LocalDate.now(clock));
        return "transfer/incoming-new";
    }
}
