package cn.dangjian.member.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import cn.dangjian.member.ImportMode;
import cn.dangjian.member.ImportProblem;
import cn.dangjian.member.ImportStatus;
import cn.dangjian.member.MemberQuery;
import cn.dangjian.member.RosterImports;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Permission;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The roster's Excel API: template, filtered export, and the two-phase import (upload, report, confirm). */
@RestController
@RequestMapping("/api/v1/members")
class RosterApiController {

    private final RosterImports imports;
    private final Clock clock;

    RosterApiController(RosterImports imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    @GetMapping("/template")
    void template(AccessScope scope, HttpServletResponse response) throws IOException {
        scope.require(Permission.MEMBER_IMPORT);
        try (OutputStream out = RosterDownloads.attachment(response, RosterDownloads.TEMPLATE_NAME)) {
            imports.writeTemplate(out);
        }
    }

    /** The members matching the list's filters (orgId, text, kind, status, gender, ageBand, education, joinedFrom, joinedTo). */
    @cn.dangjian.shared.PersonalDataExport("党员名册")
    @GetMapping("/export")
    void export(AccessScope scope, MemberQuery query, HttpServletResponse response) throws IOException {
        try (OutputStream out = RosterDownloads.attachment(response, RosterDownloads.exportName(clock))) {
            imports.export(scope, query, out);
        }
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportStatus upload(AccessScope scope, @RequestParam(name = "file", required = false) MultipartFile file) {
        return start(imports, scope, file);
    }

    @GetMapping("/imports")
    List<ImportStatus> recent(AccessScope scope) {
        return imports.recent(scope, 20);
    }

    @GetMapping("/imports/{id}")
    ImportStatus status(AccessScope scope, @PathVariable UUID id) {
        return imports.status(scope, id);
    }

    @GetMapping("/imports/{id}/problems")
    PageResult<ImportProblem> problems(AccessScope scope, @PathVariable UUID id,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return imports.problems(scope, id, PageRequest.of(page, size));
    }

    @PostMapping("/imports/{id}/confirm")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportStatus confirm(AccessScope scope, @PathVariable UUID id, @RequestParam ImportMode mode) {
        return imports.confirm(scope, id, mode);
    }

    @PostMapping("/imports/{id}/cancel")
    ImportStatus cancel(AccessScope scope, @PathVariable UUID id) {
        return imports.cancel(scope, id);
    }

    /** Hands an uploaded file to the facade (shared with the page controller). */
    static ImportStatus start(RosterImports imports, AccessScope scope, MultipartFile file) {
        scope.require(Permission.MEMBER_IMPORT);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "文件", "请选择要上传的 Excel 文件");
        }
        try (InputStream in = file.getInputStream()) {
            return imports.start(scope, file.getOriginalFilename(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取上传的文件", e);
        }
    }
}
