package cn.dangjian.life.web;

import cn.dangjian.life.AppraisalRound;
import cn.dangjian.life.Appraisals;
import cn.dangjian.life.RecordAppraisal;
import cn.dangjian.shared.AccessScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/appraisals}: 民主评议党员, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/appraisals")
@Tag(name = "民主评议")
class AppraisalApiController {

    private final Appraisals appraisals;

    AppraisalApiController(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @GetMapping
    @Operation(summary = "支部某年的民主评议结果（含各等次人数）")
    AppraisalRound get(AccessScope scope, @RequestParam long orgId, @RequestParam int year) {
        return appraisals.get(scope, orgId, year);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记民主评议（每名党员一个等次，等次可配置，默认 优秀/合格/基本合格/不合格；"
            + "民主测评票数 peerVotes 可不填，填写时按等次逐项填写非负整数，合计不超过参评党员人数）")
    long record(AccessScope scope, @RequestBody RecordAppraisal appraisal) {
        return appraisals.record(scope, appraisal);
    }
}
