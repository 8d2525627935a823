package cn.dangjian.responsibility.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.dangjian.responsibility.AssessmentResults;
import cn.dangjian.responsibility.AssessmentView;
import cn.dangjian.responsibility.Assessments;
import cn.dangjian.responsibility.DutyLevel;
import cn.dangjian.responsibility.Indicator;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/assessments}: the indicator catalogue, an organization's indicators for a year with their figures
 * from the records, and the choice of a year's indicators — scoped like the pages (404 outside the caller's reach,
 * 409 on a stale version).
 */
@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "考核指标")
class IndicatorApiController {

    private final Assessments assessments;
    private final Clock clock;

    IndicatorApiController(Assessments assessments, Clock clock) {
        this.assessments = assessments;
        this.clock = clock;
    }

    /** An indicator of the catalogue as the API lists it. */
    record Entry(Indicator indicator, String label, String formula, List<String> ruleIds, List<DutyLevel> levels,
                 String evidence) {
    }

    /** The indicators an issuer chooses for a year; {@code version} of its earlier choice, if any. */
    record Define(long issuerOrgId, int year, List<Indicator> indicators, Integer version) {
    }

    @GetMapping("/catalogue")
    @Operation(summary = "考核指标目录：只有据平台记录计算的结果指标，各附计算公式、依据规则和统计的党组织层级"
            + "（不含在线时长、学习时长、打卡签到、积分排名、照片留痕、台账或发文数量等指标）")
    List<Entry> catalogue() {
        return Arrays.stream(Indicator.values()).map(i -> new Entry(i, i.label(), i.formula(), i.ruleIds(),
                Arrays.stream(DutyLevel.values()).filter(i.levels()::contains).toList(), i.evidence().label())).toList();
    }

    @GetMapping
    @Operation(summary = "约束党组织的年度考核指标及结果：每个直属下级党组织一行和本组织合计，每项为达到的组织数/统计的组织数，"
            + "附未达到的组织和所依据的记录；按组织树顺序，不排名次")
    AssessmentResults get(AccessScope scope, @RequestParam long orgId,
                          @Parameter(description = "年度，不填为今年") @RequestParam(required = false) Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        AssessmentView assessment = assessments.of(scope, orgId, y)
                .orElseThrow(() -> new NotFoundException("该党组织及上级党组织尚未确定" + y + "年度考核指标"));
        return assessments.results(scope, assessment.id(), orgId);
    }

    @PostMapping
    @Operation(summary = "机关工委或机关党委从目录中确定今年或明年的考核指标；已确定过的，带上次的版本号修改")
    ResponseEntity<AssessmentResults> define(AccessScope scope, @RequestBody Define body) {
        long id = assessments.define(scope, body.issuerOrgId(), body.year(), body.indicators(), body.version());
        return ResponseEntity.status(HttpStatus.CREATED).body(assessments.results(scope, id, body.issuerOrgId()));
    }
}
