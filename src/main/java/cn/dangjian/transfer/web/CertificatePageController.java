package cn.dangjian.transfer.web;

import java.util.List;

import cn.dangjian.documents.DocumentDownload;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.PostedForm;
import cn.dangjian.transfer.CertificateRequest;
import cn.dangjian.transfer.LetterFile;
import cn.dangjian.transfer.MembershipCertificates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 党员证明信 form, opened from a member's page: to whom, where, why and how long; it downloads the letter, or
 * shows the form again with every field at fault named.
 */
@Controller
class CertificatePageController {

    private final MembershipCertificates certificates;
    private final TransferActions actions;

    CertificatePageController(MembershipCertificates certificates, TransferActions actions) {
        this.certificates = certificates;
        this.actions = actions;
    }

    @GetMapping("/transfers/certificate")
    String form(AccessScope scope, @RequestParam long memberId, Model model) {
        return form(scope, memberId, new LinkedMultiValueMap<>(), List.of(), model);
    }

    @PostMapping("/transfers/certificate")
    Object issue(AccessScope scope, @RequestParam MultiValueMap<String, String> params, Model model) {
        PostedForm in = new PostedForm(params);
        Long memberId = in.id("memberId", "党员");
        if (memberId == null) {
            throw new NotFoundException("党员不存在");
        }
        CertificateRequest request = new CertificateRequest(memberId, in.text("addressee"), in.text("destination"),
                in.text("purpose"), in.integer("months", "外出期限（月）"));
        try {
            in.check();
            LetterFile file = certificates.certificate(scope, request,
                    "DOCX".equals(in.text("format")) ? LetterFile.Format.DOCX : LetterFile.Format.PDF);
            return DocumentDownload.of(file);
        } catch (InvalidInputException e) {
            return form(scope, memberId, params, e.problems(), model);
        }
    }

    private String form(AccessScope scope, long memberId, MultiValueMap<String, String> values,
                        List<FieldProblem> problems, Model model) {
        scope.require(Permission.TRANSFER_RECORD);
        model.addAttribute("member", actions.member(scope, memberId));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "transfer/certificate";
    }
}
