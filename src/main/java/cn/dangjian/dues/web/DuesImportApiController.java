package cn.dangjian.dues.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.dangjian.dues.DuesImports;
import cn.dangjian.dues.DuesPayments;
import cn.dangjian.dues.ImportReport;
import cn.dangjian.dues.ImportUpload;
import cn.dangjian.dues.PaymentBatch;
import cn.dangjian.dues.RecordPayment;
import cn.dangjian.dues.excel.PaymentColumn;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/dues}: payments many at once — rows sent by a payment platform, or a bank export uploaded, mapped
 * and confirmed as on the page — and the payroll export for the 核定. Each row is checked like a single payment;
 * a row whose import key was recorded before is skipped, so sending the same rows again changes nothing.
 */
@RestController
@RequestMapping("/api/v1/dues")
@Tag(name = "党费")
class DuesImportApiController {

    private final DuesPayments payments;
    private final DuesImports imports;

    DuesImportApiController(DuesPayments payments, DuesImports imports) {
        this.payments = payments;
        this.imports = imports;
    }

    @PostMapping("/payments/batch")
    @Operation(summary = "批量登记交纳（支付平台推送）：逐行检查，与单笔登记相同；带 importKey（如交易流水号）的行重复发送时跳过；"
            + "返回写入、跳过的行数和每个被拒绝行（从0起的序号）的问题")
    BatchResult batch(AccessScope scope, @RequestBody Batch body) {
        // a row sent as null names no member: it is refused like a member outside the organization
        List<PaymentBatch.Row> rows = body.rows() == null ? List.of() : body.rows().stream()
                .map(r -> r == null ? new Row(null, null, null, null, null, null, null, null, null) : r)
                .map(r -> new PaymentBatch.Row(new RecordPayment(r.memberId() == null ? 0 : r.memberId(), r.months(),
                        r.amount(), r.paidOn(), r.method(), r.proxyName(), r.consent(), r.note()), key(r)))
                .toList();
        // the facade checks the caller reaches the organization (and the batch size) before anything else
        PaymentBatch.Result result = payments.recordAll(scope, body.orgId(), rows, "API");
        if (rows.isEmpty()) {
            throw new InvalidInputException("rows", "交纳记录", "不能为空");
        }
        List<RefusedRow> refused = new ArrayList<>();
        result.refused().forEach((index, problems) -> refused.add(new RefusedRow(index, problems)));
        return new BatchResult(result.written(), result.skipped(), refused);
    }

    @PostMapping(path = "/imports/payments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传银行或支付平台导出的交纳明细（.xlsx）：返回表头、建议的列对应和前几行，不保存")
    ImportUpload uploadPayments(AccessScope scope, @RequestParam long orgId,
                                @RequestParam(name = "file", required = false) MultipartFile file) {
        return imports.uploadPayments(scope, orgId, DuesImportController.name(file), DuesImportController.content(file));
    }

    @PostMapping("/imports/payments/{id}/preview")
    @Operation(summary = "按列对应（如 {\"NAME\":0,\"MONTHS\":2,…}，从0起的列号）检查上传的每一行，不保存")
    ImportReport previewPayments(AccessScope scope, @PathVariable UUID id, @RequestBody Map<String, Integer> mapping) {
        return imports.previewPayments(scope, id, mapping(mapping));
    }

    @PostMapping("/imports/payments/{id}/confirm")
    @Operation(summary = "导入检查通过的行（已导入过的交易流水号跳过），返回逐行结果")
    ImportReport confirmPayments(AccessScope scope, @PathVariable UUID id, @RequestBody Map<String, Integer> mapping) {
        return imports.confirmPayments(scope, id, mapping(mapping));
    }

    @PostMapping(path = "/imports/bases", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传工资表（.xlsx）用于年初核定：逐行检查人员类别和计算基数并计算月交纳额，不保存")
    ImportReport previewBases(AccessScope scope, @RequestParam long orgId, @RequestParam int year,
                              @RequestParam(name = "file", required = false) MultipartFile file) {
        return imports.previewBases(scope, orgId, year, DuesImportController.name(file), DuesImportController.content(file));
    }

    @PostMapping("/imports/bases/{id}/confirm")
    @Operation(summary = "按上传的工资表核定检查通过的党员（重新检查），返回逐行结果")
    ImportReport confirmBases(AccessScope scope, @PathVariable UUID id) {
        return imports.confirmBases(scope, id);
    }

    /** The mapping by column name; an unknown name is refused, naming it. */
    private static Map<PaymentColumn, Integer> mapping(Map<String, Integer> body) {
        Map<PaymentColumn, Integer> mapping = new EnumMap<>(PaymentColumn.class);
        List<FieldProblem> problems = new ArrayList<>();
        (body == null ? Map.<String, Integer>of() : body).forEach((key, index) -> {
            try {
                mapping.put(PaymentColumn.valueOf(key), index);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("mapping", "列对应", "没有“" + key + "”这一项，可用："
                        + String.join("、", java.util.Arrays.stream(PaymentColumn.values()).map(Enum::name).toList())));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return mapping;
    }

    /**
     * The stored key of a row: the platform's key with the member, so that one organization's keys never make
     * another's rows look imported.
     */
    private static String key(Row r) {
        return r.importKey() == null || r.importKey().isBlank() ? null : "API-" + r.memberId() + "-" + r.importKey().strip();
    }

    /** Payments for members of {@code orgId}'s subtree. */
    record Batch(long orgId, List<Row> rows) {
    }

    /** One payment: member, months ("2026-03"), optional amount in 元, date, SELF or PROXY, and an import key. */
    record Row(Long memberId, List<java.time.YearMonth> months, String amount, java.time.LocalDate paidOn,
               cn.dangjian.dues.PaymentMethod method, String proxyName, String consent, String note, String importKey) {
    }

    record RefusedRow(int index, List<FieldProblem> problems) {
    }

    record BatchResult(int written, int skipped, List<RefusedRow> refused) {
    }
}
