package cn.dangjian.member.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.UUID;

import cn.dangjian.member.ImportMode;
import cn.dangjian.member.ImportStatus;
import cn.dangjian.member.MemberQuery;
import cn.dangjian.member.RosterImports;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.Permission;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The roster import pages (upload, progress, report, confirm) and the Excel downloads for signed-in browsers. */
@Controller
class RosterPageController {

    private final RosterImports imports;
    private final Clock clock;

    RosterPageController(RosterImports imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    @GetMapping("/members/imports")
    String uploadForm(AccessScope scope, Model model) {
        model.addAttribute("imports", imports.recent(scope, 10));
        return "member/imports";
    }

    @PostMapping("/members/imports")
    String upload(AccessScope scope, @RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        try {
            ImportStatus status = RosterApiController.start(imports, scope, file);
            return "redirect:/members/imports/" + status.id();
        } catch (InvalidInputException e) {
            model.addAttribute("uploadError", e.getMessage());
            return uploadForm(scope, model);
        }
    }

    @GetMapping("/members/imports/template")
    void template(AccessScope scope, HttpServletResponse response) throws IOException {
        scope.require(Permission.MEMBER_IMPORT);
        try (OutputStream out = RosterDownloads.attachment(response, RosterDownloads.TEMPLATE_NAME)) {
            imports.writeTemplate(out);
        }
    }

    @GetMapping("/members/imports/{id}")
    String detail(AccessScope scope, @PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        fill(scope, id, page, model);
        return "member/import";
    }

    /** The part of the page that htmx refreshes every second while the import is working. */
    @GetMapping("/members/imports/{id}/status")
    String statusFragment(AccessScope scope, @PathVariable UUID id, @RequestParam(required = false) Integer page,
                          Model model) {
        fill(scope, id, page, model);
        return "member/import :: status";
    }

    @PostMapping("/members/imports/{id}/confirm")
    String confirm(AccessScope scope, @PathVariable UUID id, @RequestParam ImportMode mode) {
        imports.confirm(scope, id, mode);
        return "redirect:/members/imports/" + id;
    }

    @PostMapping("/members/imports/{id}/cancel")
    String cancel(AccessScope scope, @PathVariable UUID id) {
        imports.cancel(scope, id);
        return "redirect:/members/imports/" + id;
    }

    /** The filtered member list as Excel, for a normal link on the member list page. */
    @cn.dangjian.shared.PersonalDataExport("党员名册")
    @GetMapping("/members/export")
    void export(AccessScope scope, MemberQuery query,
                @org.springframework.web.bind.annotation.RequestParam(name = "_subtree", required = false) String marker,
                HttpServletResponse response) throws IOException {
        MemberQuery filters = query.withSubtree(cn.dangjian.shared.ListRequest.subtree(query.subtree(), marker));
        try (OutputStream out = RosterDownloads.attachment(response, RosterDownloads.exportName(clock))) {
            imports.export(scope, filters, out);
        }
    }

    private void fill(AccessScope scope, UUID id, Integer page, Model model) {
        ImportStatus status = imports.status(scope, id);
        model.addAttribute("status", status);
        model.addAttribute("problems", imports.problems(scope, id, PageRequest.of(page, 50)));
    }
}
