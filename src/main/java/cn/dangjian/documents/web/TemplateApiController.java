package cn.dangjian.documents.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.dangjian.documents.CustomTemplates;
import cn.dangjian.documents.DocumentTemplate;
import cn.dangjian.documents.TemplateInForce;
import cn.dangjian.shared.AccessScope;

/** {@code /api/v1/orgs/{orgId}/document-templates}: an organization's Word formats, scoped like the page. */
@RestController
@RequestMapping("/api/v1/orgs/{orgId}/document-templates")
@Tag(name = "文书格式")
class TemplateApiController {

    private final CustomTemplates templates;

    TemplateApiController(CustomTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "各类文书在该组织使用的 Word 格式（平台标准、本组织上传或沿用上级组织）")
    List<TemplateInForce> list(AccessScope scope, @PathVariable long orgId) {
        return templates.inForce(scope, orgId);
    }

    @GetMapping("/{kind}")
    @Operation(summary = "某类文书在该组织使用的 Word 格式")
    TemplateInForce get(AccessScope scope, @PathVariable long orgId, @PathVariable DocumentTemplate kind) {
        return templates.inForce(scope, orgId, kind);
    }

    @GetMapping("/{kind}/file")
    @Operation(summary = "下载该组织正在使用的 Word 模板（本组织、上级组织或平台标准模板）")
    ResponseEntity<byte[]> file(AccessScope scope, @PathVariable long orgId, @PathVariable DocumentTemplate kind) {
        return TemplateDownloads.attachment(templates.file(scope, orgId, kind));
    }

    @PutMapping(path = "/{kind}")
    @Operation(summary = "上传（替换）该组织的 Word 模板：请求体为 .docx 文件，不超过 2 MB，只能使用该文书的占位符")
    TemplateInForce put(AccessScope scope, @PathVariable long orgId, @PathVariable DocumentTemplate kind,
                        @RequestParam(required = false) String fileName, @RequestBody(required = false) byte[] content) {
        return templates.upload(scope, orgId, kind, fileName, content);
    }

    @PutMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传（替换）该组织的 Word 模板：表单字段 file 为 .docx 文件")
    TemplateInForce putForm(AccessScope scope, @PathVariable long orgId, @PathVariable DocumentTemplate kind,
                            @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        return templates.upload(scope, orgId, kind, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes());
    }

    @DeleteMapping("/{kind}")
    @Operation(summary = "删除该组织的 Word 模板，改用上级组织或平台标准格式；返回删除后使用的格式")
    TemplateInForce delete(AccessScope scope, @PathVariable long orgId, @PathVariable DocumentTemplate kind) {
        return templates.remove(scope, orgId, kind);
    }
}
