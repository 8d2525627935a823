package cn.dangjian.life.web;

import java.util.List;

import cn.dangjian.life.RecordTalk;
import cn.dangjian.life.TalkCoverage;
import cn.dangjian.life.TalkView;
import cn.dangjian.life.Talks;
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

/** {@code /api/v1/talks}: 谈心谈话, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/talks")
@Tag(name = "谈心谈话")
class TalkApiController {

    private final Talks talks;

    TalkApiController(Talks talks) {
        this.talks = talks;
    }

    @GetMapping
    @Operation(summary = "支部某年的谈心谈话记录")
    List<TalkView> list(AccessScope scope, @RequestParam long orgId, @RequestParam int year) {
        return talks.list(scope, orgId, year);
    }

    @GetMapping("/coverage")
    @Operation(summary = "按 ZB-15 尚未开展的谈心谈话（委员之间、支委与党员、党员之间）")
    TalkCoverage coverage(AccessScope scope, @RequestParam long orgId, @RequestParam int year) {
        return talks.coverage(scope, orgId, year);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "记录一次谈心谈话")
    long record(AccessScope scope, @RequestBody RecordTalk talk) {
        return talks.record(scope, talk);
    }
}
