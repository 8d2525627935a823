package cn.dangjian.transfer.web;

import java.time.LocalDate;

import cn.dangjian.documents.DocumentDownload;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.transfer.IncomingLetterView;
import cn.dangjian.transfer.IncomingLetters;
import cn.dangjian.transfer.IncomingQuery;
import cn.dangjian.transfer.LetterFile;
import cn.dangjian.transfer.ReceiptSent;
import cn.dangjian.transfer.RecordIncomingLetter;
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
 * {@code /api/v1/transfers/incoming}: letters from outside the platform over JSON, scoped like the pages — a letter
 * of another organization's subtree is not found (404).
 */
@RestController
@RequestMapping("/api/v1/transfers/incoming")
@Tag(name = "组织关系转接")
class IncomingLetterApiController {

    private final IncomingLetters letters;

    IncomingLetterApiController(IncomingLetters letters) {
        this.letters = letters;
    }

    @GetMapping
    @Operation(summary = "党组织及下级接收的平台外转入介绍信，按接收日期倒序分页")
    PageResult<IncomingLetterView> list(AccessScope scope, @RequestParam long orgId,
                                        @Parameter(description = "接收年度") @RequestParam(required = false) Integer year,
                                        @Parameter(description = "只看回执未寄出的") @RequestParam(defaultValue = "false") boolean pending,
                                        @Parameter(description = "党员姓名、开具介绍信的党组织或编号") @RequestParam(required = false) String q,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return letters.list(scope, orgId, new IncomingQuery(year, pending, q), PageRequest.of(page, size));
    }

    @PostMapping
    @Operation(summary = "登记平台外转入的介绍信并接收党员：按介绍信建立党员档案（入党日期、正式/预备按原档案），性别和年龄与身份证号核对；"
            + "党费从“党费已交到”的次月起在本组织交纳（duesPaidUpTo 格式 yyyy-MM）")
    ResponseEntity<IncomingLetterView> record(AccessScope scope, @RequestBody RecordIncomingLetter body) {
        long id = letters.record(scope, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(letters.get(scope, id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一份转入介绍信：有效期、接收日期、回执应寄出日期（接收后一个月，ZJ-04）和寄出情况")
    IncomingLetterView get(AccessScope scope, @PathVariable long id) {
        return letters.get(scope, id);
    }

    @PostMapping("/{id}/receipt")
    @Operation(summary = "登记回执已寄回开具介绍信的党组织：寄出日期、经办人、联系电话")
    IncomingLetterView receiptSent(AccessScope scope, @PathVariable long id, @RequestBody Sent body) {
        letters.get(scope, id);
        letters.receiptSent(scope, id, new ReceiptSent(body.sentOn(), body.handler(), body.phone()), body.version());
        return letters.get(scope, id);
    }

    @GetMapping("/{id}/receipt.pdf")
    @Operation(summary = "回执 PDF")
    ResponseEntity<byte[]> receiptPdf(AccessScope scope, @PathVariable long id) {
        return DocumentDownload.of(letters.receipt(scope, id, LetterFile.Format.PDF));
    }

    @GetMapping("/{id}/receipt.docx")
    @Operation(summary = "回执 Word（按本组织的文书格式）")
    ResponseEntity<byte[]> receiptDocx(AccessScope scope, @PathVariable long id) {
        return DocumentDownload.of(letters.receipt(scope, id, LetterFile.Format.DOCX));
    }

    record Sent(LocalDate sentOn, String handler, String phone, int version) {
    }
}
