package cn.dangjian.documents.web;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.dangjian.documents.CustomTemplates;
import cn.dangjian.documents.DocumentTemplate;
import cn.dangjian.documents.TemplateInForce;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;

/** 文书格式: the Word format of each document for an organization, its downloads, upload and removal. */
@Controller
class TemplatePageController {

    private final CustomTemplates templates;
    private final OrgUnits orgs;

    TemplatePageController(CustomTemplates templates, OrgUnits orgs) {
        this.templates = templates;
        this.orgs = orgs;
    }

    @GetMapping("/documents/templates")
    String page(AccessScope scope, @RequestParam long orgId, Model model) {
        model.addAttribute("org", orgs.get(scope, orgId));
        model.addAttribute("templates", templates.inForce(scope, orgId));
        return "documents/templates";
    }

    /** Stores the upload if it passes the check; otherwise shows the page again with the reason beside the form. */
    @PostMapping("/documents/templates/{kind}")
    String upload(AccessScope scope, @RequestParam long orgId, @PathVariable DocumentTemplate kind,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect) throws IOException {
        try {
            templates.upload(scope, orgId, kind, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
        } catch (InvalidInputException e) {
            model.addAttribute("problemKind", kind);
            model.addAttribute("problem", e.getMessage());
            return page(scope, orgId, model);
        }
        redirect.addFlashAttribute("notice", "已上传“" + kind.label() + "”模板：本组织及没有自己格式的下级组织，"
                + "生成的 Word 文档将使用该格式");
        return "redirect:/documents/templates?orgId=" + orgId;
    }

    @PostMapping("/documents/templates/{kind}/remove")
    String remove(AccessScope scope, @RequestParam long orgId, @PathVariable DocumentTemplate kind,
                  RedirectAttributes redirect) {
        TemplateInForce now = templates.remove(scope, orgId, kind);
        redirect.addFlashAttribute("notice", "已删除本组织的“" + kind.label() + "”模板，现" + now.describe());
        return "redirect:/documents/templates?orgId=" + orgId;
    }

    /** The built-in template with its placeholders, to start an organization's own from. */
    @GetMapping("/documents/templates/{kind}/built-in.docx")
    ResponseEntity<byte[]> builtIn(@PathVariable DocumentTemplate kind) {
        return TemplateDownloads.attachment(templates.builtIn(kind));
    }

    /** The template the organization's Word documents are generated from (its own or a superior's). */
    @GetMapping("/documents/templates/{kind}/in-force.docx")
    ResponseEntity<byte[]> inForce(AccessScope scope, @RequestParam long orgId, @PathVariable DocumentTemplate kind) {
        return TemplateDownloads.attachment(templates.file(scope, orgId, kind));
    }
}
