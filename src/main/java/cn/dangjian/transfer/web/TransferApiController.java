package cn.dangjian.transfer.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.dangjian.documents.DocumentDownload;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.transfer.CertificateRequest;
import cn.dangjian.transfer.LetterCarrier;
import cn.dangjian.transfer.LetterFile;
import cn.dangjian.transfer.MembershipCertificates;
import cn.dangjian.transfer.RecordReceipt;
import cn.dangjian.transfer.StartBatchTransfer;
import cn.dangjian.transfer.StartLetterTransfer;
import cn.dangjian.transfer.StartTransfer;
import cn.dangjian.transfer.TransferBatches;
import cn.dangjian.transfer.TransferKind;
import cn.dangjian.transfer.TransferLetters;
import cn.dangjian.transfer.TransferOverview;
import cn.dangjian.transfer.TransferQuery;
import cn.dangjian.transfer.TransferState;
import cn.dangjian.transfer.TransferSummary;
import cn.dangjian.transfer.TransferView;
import cn.dangjian.transfer.Transfers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
 * {@code /api/v1/transfers}: 组织关系转接 over JSON, scoped and checked like the pages. Every step takes the version
 * read; a transfer outside the caller's reach is not found (404) whatever version is sent.
 */
@RestController
@RequestMapping("/api/v1/transfers")
@Tag(name = "组织关系转接")
class TransferApiController {

    private final Transfers transfers;
    private final TransferLetters letters;
    private final TransferOverview overview;
    private final MembershipCertificates certificates;
    private final TransferBatches batches;
    private final Clock clock;

    TransferApiController(Transfers transfers, TransferLetters letters, TransferOverview overview,
                          MembershipCertificates certificates, TransferBatches batches, Clock clock) {
        this.batches = batches;
        this.transfers = transfers;
        this.certificates = certificates;
        this.letters = letters;
        this.overview = overview;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "党组织及下级转出、转入（已转出给本组织的）和待本组织审批的转接，最新在前，最多500条")
    List<TransferView> list(AccessScope scope, @RequestParam long orgId,
                            @RequestParam(required = false) TransferState state,
                            @RequestParam(required = false) TransferKind kind,
                            @RequestParam(required = false) Integer year,
                            @Parameter(description = "党员姓名、对方党组织名称或介绍信编号") @RequestParam(required = false) String q) {
        return transfers.list(scope, orgId, new TransferQuery(state, kind, year, q));
    }

    @GetMapping("/summary")
    @Operation(summary = "党组织及下级的转接概况：年度转出（其中转出平台外）、转入、下级之间调动，以及正在审批、待接收、待收回执的件数")
    TransferSummary summary(AccessScope scope, @RequestParam long orgId,
                            @Parameter(description = "年度，默认今年") @RequestParam(required = false) Integer year) {
        return overview.summary(scope, orgId, year == null ? LocalDate.now(clock).getYear() : year);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一项转接：状态、审批进度、责任党组织（接收前为转出党组织，ZJ-04）和介绍信")
    TransferView get(AccessScope scope, @PathVariable long id) {
        return transfers.get(scope, id);
    }

    @PostMapping
    @Operation(summary = "发起平台内转接（草稿）：党员、转入党支部、原因")
    ResponseEntity<TransferView> start(AccessScope scope, @RequestBody StartTransfer body) {
        return created(scope, transfers.start(scope, body));
    }

    @PostMapping("/letters")
    @Operation(summary = "发起转出至平台外的转接（草稿）：转往的党组织、介绍信抬头、携带方式（SELF 本人携带，CONFIDENTIAL 机要）")
    ResponseEntity<TransferView> startOut(AccessScope scope, @RequestBody StartLetter body) {
        return created(scope, transfers.startOut(scope, new StartLetterTransfer(body.memberId(), body.toName(),
                body.addressee(), body.carrier(), body.reason(), body.on())));
    }

    @PostMapping("/batch")
    @Operation(summary = "发起整建制转移（草稿，ZJ-06）：本支部的多名党员一并转往平台内党组织（kind=WITHIN）或平台外（kind=OUT，"
            + "开具一封介绍信并附名单）；有任何一人不能转接则全部不保存，并列出原因。之后对其中任一项的每一步办理都同时作用于全部党员")
    ResponseEntity<List<TransferView>> startBatch(AccessScope scope, @RequestBody StartBatchTransfer body) {
        long lead = batches.start(scope, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(batches.of(scope, lead));
    }

    @GetMapping("/{id}/batch")
    @Operation(summary = "该转接所属整建制转移的全部转接（第一项为牵头项）；不属于整建制转移时只有它本身")
    List<TransferView> batch(AccessScope scope, @PathVariable long id) {
        return batches.of(scope, id);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "提交（或退回后重新提交）：按规则参数送上级审批，无需审批时直接转出；on 为办理日期，默认今天，纸质办理后补录时填写")
    TransferView submit(AccessScope scope, @PathVariable long id, @RequestBody Step body) {
        transfers.get(scope, id);
        transfers.submit(scope, id, body.version(), body.on());
        return transfers.get(scope, id);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "当前审批的党组织同意（需审批权限）；最后一级同意后转出，转出平台外时开具介绍信编号；on 为办理日期，默认今天")
    TransferView approve(AccessScope scope, @PathVariable long id, @RequestBody Step body) {
        transfers.get(scope, id);
        transfers.approve(scope, id, body.version(), body.on());
        return transfers.get(scope, id);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "退回并说明原因（不得无故拒绝接收，JY-09）：审批中的当前审批组织、已转出后的接收组织，或介绍信被退回时的转出组织")
    TransferView sendBack(AccessScope scope, @PathVariable long id, @RequestBody Return body) {
        transfers.get(scope, id);
        transfers.sendBack(scope, id, body.reason(), body.version());
        return transfers.get(scope, id);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "接收党员：党员信息、历史记录、发展档案和未交党费随转")
    TransferView accept(AccessScope scope, @PathVariable long id, @RequestBody Step body) {
        transfers.get(scope, id);
        transfers.accept(scope, id, body.version());
        return transfers.get(scope, id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "撤销尚未转出的转接")
    TransferView cancel(AccessScope scope, @PathVariable long id, @RequestBody Step body) {
        transfers.get(scope, id);
        transfers.cancel(scope, id, body.version());
        return transfers.get(scope, id);
    }

    @PostMapping("/{id}/receipt")
    @Operation(summary = "登记收回的回执：接收日期（回执落款日期）、收回日期、经办人；党员随即转出本组织")
    TransferView receipt(AccessScope scope, @PathVariable long id, @RequestBody Receipt body) {
        transfers.get(scope, id);
        letters.recordReceipt(scope, id, new RecordReceipt(body.receivedOn(), body.returnedOn(), body.handler()), body.version());
        return transfers.get(scope, id);
    }

    @PostMapping("/{id}/reissue")
    @Operation(summary = "介绍信遗失或过期后补开：新编号，原编号作废（ZJ-06）")
    TransferView reissue(AccessScope scope, @PathVariable long id, @RequestBody Step body) {
        transfers.get(scope, id);
        letters.reissue(scope, id, body.version());
        return transfers.get(scope, id);
    }

    @GetMapping("/{id}/letter.pdf")
    @Operation(summary = "党员组织关系介绍信（存根、介绍信、回执三联）PDF")
    ResponseEntity<byte[]> letterPdf(AccessScope scope, @PathVariable long id) {
        return DocumentDownload.of(letters.letter(scope, id, LetterFile.Format.PDF));
    }

    @GetMapping("/{id}/letter.docx")
    @Operation(summary = "党员组织关系介绍信 Word（按本组织的文书格式）")
    ResponseEntity<byte[]> letterDocx(AccessScope scope, @PathVariable long id) {
        return DocumentDownload.of(letters.letter(scope, id, LetterFile.Format.DOCX));
    }

    @PostMapping("/certificate.pdf")
    @Operation(summary = "党员证明信 PDF（外出6个月以内，ZJ-01）：抬头、前往地点、事由、期限（1至6个月）；入党时间、正式/预备、党费已交到自动填写")
    ResponseEntity<byte[]> certificatePdf(AccessScope scope, @RequestBody CertificateRequest body) {
        return DocumentDownload.of(certificates.certificate(scope, body, LetterFile.Format.PDF));
    }

    @PostMapping("/certificate.docx")
    @Operation(summary = "党员证明信 Word（按本组织的文书格式）")
    ResponseEntity<byte[]> certificateDocx(AccessScope scope, @RequestBody CertificateRequest body) {
        return DocumentDownload.of(certificates.certificate(scope, body, LetterFile.Format.DOCX));
    }

    private ResponseEntity<TransferView> created(AccessScope scope, long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(transfers.get(scope, id));
    }

    record StartLetter(long memberId, String toName, String addressee, LetterCarrier carrier, String reason,
                       LocalDate on) {
    }

    /** A step at the version read; {@code on}, where a step takes it, the day it was done (default today). */
    record Step(int version, LocalDate on) {
    }

    record Return(String reason, int version) {
    }

    record Receipt(LocalDate receivedOn, LocalDate returnedOn, String handler, int version) {
    }
}
