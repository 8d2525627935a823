package cn.dangjian.identity.web;

import java.time.LocalDate;

import cn.dangjian.identity.AuditEntry;
import cn.dangjian.identity.AuditQuery;
import cn.dangjian.identity.AuditTrail;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The auditor's view of the append-only trail. */
@Controller
class AuditPageController {

    private final AuditTrail trail;

    AuditPageController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String audit(AccessScope scope, @RequestParam(required = false) String actor,
                 @RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) Integer page, Model model) {
        AuditQuery query = new AuditQuery(actor, recordType, recordId, from, to);
        PageResult<AuditEntry> result = trail.search(scope, query, PageRequest.of(page, 50));
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/audit")
                .queryParamIfPresent("actor", java.util.Optional.ofNullable(actor))
                .queryParamIfPresent("recordType", java.util.Optional.ofNullable(recordType))
                .queryParamIfPresent("recordId", java.util.Optional.ofNullable(recordId))
                .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(to))
                .queryParam("page", "PAGE").build().toUriString());
        return "identity/audit";
    }
}
