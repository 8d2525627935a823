package cn.dangjian.duty.web;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.documents.DocumentDownload;
import cn.dangjian.duty.InspectionView;
import cn.dangjian.duty.Inspections;
import cn.dangjian.duty.RecordInspection;
import cn.dangjian.shared.AccessScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/rectifications}: 巡视巡察整改 over JSON, scoped like the pages — an inspection outside the
 * caller's line is not found (404); each step takes the version read (409 when stale).
 */
@RestController
@RequestMapping("/api/v1/rectifications")
@Tag(name = "巡视巡察整改")
class RectificationApiController {

    private final Inspections inspections;
    private final cn.dangjian.duty.InspectionDocuments documents;

    RectificationApiController(Inspections inspections, cn.dangjian.duty.InspectionDocuments documents) {
        this.inspections = inspections;
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "党组织及下级的巡视巡察反馈和整改事项，反馈日期新的在前，最多200项")
    List<InspectionView> list(AccessScope scope, @RequestParam long orgId) {
        return inspections.list(scope, orgId);
    }

    @PostMapping
    @Operation(summary = "被检查党组织登记反馈意见和问题清单（ZG-03）：检查类别（TOUR 巡视、CIRCUIT 巡察、SPECIAL 专项检查）、"
            + "巡视巡察组、反馈日期，每个问题的整改措施、整改时限、责任人、责任领导，立行立改的注明；两项报告的报送期限按规则参数计算（ZG-01）")
    ResponseEntity<InspectionView> record(AccessScope scope, @RequestBody RecordInspection body) {
        long id = inspections.record(scope, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(inspections.get(scope, id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一次检查的整改台账：问题、措施、时限、责任人、完成和销号情况，两项报告的报送情况")
    InspectionView get(AccessScope scope, @PathVariable long id) {
        return inspections.get(scope, id);
    }

    @GetMapping("/{id}/ledger.pdf")
    @Operation(summary = "整改台账 PDF：问题、措施、时限、责任人、完成和销号情况，两项报告的报送情况")
    ResponseEntity<byte[]> ledgerPdf(AccessScope scope, @PathVariable long id) {
        return DocumentDownload.of(documents.ledger(scope, id, true));
    }

    @GetMapping("/{id}/ledger.docx")
    @Operation(summary = "整改台账 Word（按本组织的文书格式）")
    ResponseEntity<byte[]> ledgerDocx(AccessScope scope, @PathVariable long id) {
        return DocumentDownload.of(documents.ledger(scope, id, false));
    }

    @GetMapping("/{id}/report.{format:pdf|docx}")
    @Operation(summary = "整改情况报告（由整改事项生成的初稿，Word 按本组织的文书格式）：总体情况和每个问题的整改情况")
    ResponseEntity<byte[]> report(AccessScope scope, @PathVariable long id, @PathVariable String format) {
        return DocumentDownload.of(documents.report(scope, id, "pdf".equals(format)));
    }

    @PostMapping("/{id}/items")
    @Operation(summary = "补充问题")
    InspectionView addItem(AccessScope scope, @PathVariable long id, @RequestBody RecordInspection.NewItem body) {
        inspections.addItem(scope, id, body);
        return inspections.get(scope, id);
    }

    @PostMapping("/{id}/reports")
    @Operation(summary = "登记报告已报送：leader=false 为整改情况报告，true 为主要负责人组织落实情况报告")
    InspectionView reportSent(AccessScope scope, @PathVariable long id, @RequestBody Report body) {
        inspections.reportSent(scope, id, body.leader(), body.on(), body.version());
        return inspections.get(scope, id);
    }

    @PostMapping("/{id}/items/{itemId}/done")
    @Operation(summary = "被检查党组织报告整改完成，说明完成情况")
    InspectionView done(AccessScope scope, @PathVariable long id, @PathVariable long itemId, @RequestBody Note body) {
        inspections.itemDone(scope, id, itemId, body.note(), body.version());
        return inspections.get(scope, id);
    }

    @PostMapping("/{id}/items/{itemId}/close")
    @Operation(summary = "上级党组织审核后销号，说明依据")
    InspectionView close(AccessScope scope, @PathVariable long id, @PathVariable long itemId, @RequestBody Note body) {
        inspections.itemClose(scope, id, itemId, body.note(), body.version());
        return inspections.get(scope, id);
    }

    @PostMapping("/{id}/items/{itemId}/return")
    @Operation(summary = "上级党组织退回整改，说明理由")
    InspectionView sendBack(AccessScope scope, @PathVariable long id, @PathVariable long itemId,
                            @RequestBody Reason body) {
        inspections.itemReturn(scope, id, itemId, body.reason(), body.version());
        return inspections.get(scope, id);
    }

    record Note(String note, int version) {
    }

    record Reason(String reason, int version) {
    }

    record Report(boolean leader, LocalDate on, int version) {
    }
}
