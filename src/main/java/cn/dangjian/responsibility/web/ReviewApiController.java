package cn.dangjian.responsibility.web;

import java.util.List;

import cn.dangjian.responsibility.AssessReview;
import cn.dangjian.responsibility.OpenRound;
import cn.dangjian.responsibility.ReviewView;
import cn.dangjian.responsibility.Reviews;
import cn.dangjian.responsibility.RoundView;
import cn.dangjian.shared.AccessScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/reviews}: 述职评议 over JSON, scoped like the pages — a 述职 outside both the reviewed organization's
 * and the round holder's line is not found (404); each change takes the version read (409 when stale).
 */
@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "述职评议")
class ReviewApiController {

    private final Reviews reviews;

    ReviewApiController(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/rounds")
    @Operation(summary = "党组织及下级组织的述职评议，年度新的在前，每次评议列出各书记的述职状态和综合评价")
    List<RoundView> rounds(AccessScope scope, @RequestParam long orgId) {
        return reviews.rounds(scope, orgId);
    }

    @GetMapping
    @Operation(summary = "党组织本身的述职（本组织书记向上级述职），年度新的在前")
    List<RoundView.Row> own(AccessScope scope, @RequestParam long orgId) {
        return reviews.own(scope, orgId);
    }

    @PostMapping("/rounds")
    @Operation(summary = "机关工委或机关党委开始年度述职评议（KH-01），对象为下一级党组织书记；开始和结束日期不填的按规则参数；评议等次按规则参数（KH-02）")
    ResponseEntity<List<RoundView>> open(AccessScope scope, @RequestBody OpenRound body) {
        reviews.open(scope, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(reviews.rounds(scope, body.issuerOrgId()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一份述职：由平台记录生成的工作数据（提交前为实时数据，提交后为提交时的数据）、述职报告、评议结果、提出的问题和上年度问题整改情况")
    ReviewView get(AccessScope scope, @PathVariable long id) {
        return reviews.get(scope, id);
    }

    @GetMapping("/{id}/report.{format:docx|pdf}")
    @Operation(summary = "述职报告 Word/PDF：述职报告、由记录生成的工作数据、上年度问题整改情况和评议结果")
    ResponseEntity<byte[]> report(AccessScope scope, @PathVariable long id, @PathVariable String format) {
        return cn.dangjian.documents.DocumentDownload.of(reviews.report(scope, id, "pdf".equals(format)));
    }

    @PutMapping("/{id}/narrative")
    @Operation(summary = "书记保存述职报告（提交前可多次保存）")
    ReviewView write(AccessScope scope, @PathVariable long id, @RequestBody Narrative body) {
        reviews.write(scope, id, body.version(), body.narrative());
        return reviews.get(scope, id);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "书记提交述职：述职报告必填，工作数据按当天的记录保存")
    ReviewView submit(AccessScope scope, @PathVariable long id, @RequestBody Narrative body) {
        reviews.submit(scope, id, body.version(), body.narrative());
        return reviews.get(scope, id);
    }

    @PostMapping("/{id}/assessment")
    @Operation(summary = "组织评议的党组织登记评议：评议日期、各等次票数（按评议等次顺序）、综合评价、点评意见和提出的问题（列入被评议组织的整改事项）")
    ReviewView assess(AccessScope scope, @PathVariable long id, @RequestParam int version,
                      @RequestBody AssessReview body) {
        reviews.assess(scope, id, version, body);
        return reviews.get(scope, id);
    }

    record Narrative(String narrative, int version) {
    }
}
