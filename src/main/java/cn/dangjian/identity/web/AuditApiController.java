package cn.dangjian.identity.web;

import java.io.IOException;
import java.time.LocalDate;

import cn.dangjian.identity.AuditEntry;
import cn.dangjian.identity.AuditIntegrity;
import cn.dangjian.identity.AuditQuery;
import cn.dangjian.identity.AuditTrail;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over the API (安全审计员 only). */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "审计日志")
class AuditApiController {

    private final AuditTrail trail;

    AuditApiController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @Operation(summary = "查询审计日志")
    PageResult<AuditEntry> search(AccessScope scope, @RequestParam(required = false) String actor,
                                  @RequestParam(required = false) String recordType,
                                  @RequestParam(required = false) String recordId,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return trail.search(scope, new AuditQuery(actor, recordType, recordId, from, to), PageRequest.of(page, size));
    }

    @GetMapping("/integrity")
    @Operation(summary = "校验审计日志的完整性（SM3 哈希链）：完整，或第一处断开的记录")
    AuditIntegrity integrity(AccessScope scope) {
        return trail.verify(scope);
    }

    @GetMapping("/export")
    @Operation(summary = "按条件导出审计日志（Excel）；导出本身记入审计日志")
    void export(AccessScope scope, @RequestParam(required = false) String actor,
                @RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                HttpServletResponse response) throws IOException {
        AuditPageController.download(scope, trail, new AuditQuery(actor, recordType, recordId, from, to), response);
    }
}
