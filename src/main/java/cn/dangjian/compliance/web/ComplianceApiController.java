package cn.dangjian.compliance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.compliance.ComplianceMatrix;
import cn.dangjian.compliance.FindingQuery;
import cn.dangjian.compliance.FindingView;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleView;
import cn.dangjian.compliance.Severity;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/compliance}: findings, the matrix and trend, the rule catalogue — scoped like the pages. */
@RestController
@RequestMapping("/api/v1/compliance")
@Tag(name = "合规检查")
class ComplianceApiController {

    private final Compliance compliance;

    ComplianceApiController(Compliance compliance) {
        this.compliance = compliance;
    }

    @GetMapping("/findings")
    @Operation(summary = "某党组织及其下级的待办事项（按类别、状态、规则编号筛选，可含已解决的）")
    PageResult<FindingView> findings(AccessScope scope, @RequestParam long orgId,
                                     @RequestParam(defaultValue = "false") boolean ownOnly,
                                     @RequestParam(required = false) RuleCategory category,
                                     @RequestParam(required = false) Severity severity,
                                     @RequestParam(required = false) String ruleId,
                                     @RequestParam(defaultValue = "false") boolean includeResolved,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return compliance.findings(scope, new FindingQuery(orgId, ownOnly, category, severity, ruleId, includeResolved),
                PageRequest.of(page, size));
    }

    @PutMapping("/findings/{id}/explanation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "填写或修改情况说明（不关闭待办事项，上级可见）")
    void explain(AccessScope scope, @PathVariable long id, @RequestBody Explanation body) {
        compliance.explain(scope, id, body.explanation());
    }

    @GetMapping("/matrix")
    @Operation(summary = "本组织及各直属下级组织（含其下级）按类别、状态的未解决事项数")
    ComplianceMatrix matrix(AccessScope scope, @RequestParam long orgId) {
        return compliance.matrix(scope, orgId);
    }

    @GetMapping("/trend")
    @Operation(summary = "近若干个月每月末未解决事项数（按类别）")
    Map<LocalDate, Map<RuleCategory, Integer>> trend(AccessScope scope, @RequestParam long orgId,
                                                      @RequestParam(defaultValue = "12") int months) {
        return compliance.trend(scope, orgId, Math.min(months, 36));
    }

    @GetMapping("/rules")
    @Operation(summary = "规则目录：编号、依据条款、检查内容、参数及当前全平台取值")
    List<RuleView> rules() {
        return compliance.catalogue();
    }

    /** The request body of an explanation. */
    record Explanation(String explanation) {
    }
}
