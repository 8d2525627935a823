package cn.dangjian.dues.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import cn.dangjian.dues.DuesLedgers;
import cn.dangjian.dues.LedgerFile;
import cn.dangjian.dues.LedgerFile.Format;
import cn.dangjian.dues.excel.ImportValues;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.PersonalDataExport;
import cn.dangjian.shared.XlsxFile;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dues ledgers as downloads under their Chinese names, generated from the records: the 年初核定表 and a month's
 * 收缴登记表 and the arrears list as .xlsx, .docx or .pdf, the year's remittances as .xlsx, and the yearly
 * 收缴情况公布 as .docx or .pdf. An organization outside the caller's scope is not found (404). The ledgers that
 * name people (members, or the 经手人 of a remittance) are personal data and their downloads go into the audit trail.
 */
@Controller
class DuesDownloadController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final DuesLedgers ledgers;
    private final Clock clock;

    DuesDownloadController(DuesLedgers ledgers, Clock clock) {
        this.ledgers = ledgers;
        this.clock = clock;
    }

    @PersonalDataExport("党费年初核定表")
    @GetMapping("/dues/assessments/sheet.{format:xlsx|docx|pdf}")
    ResponseEntity<byte[]> assessmentSheet(AccessScope scope, @PathVariable String format, @RequestParam long orgId,
                                           @RequestParam(required = false) Integer year) {
        return send(ledgers.assessmentSheet(scope, orgId, year == null ? thisYear() : year, format(format)));
    }

    @PersonalDataExport("党费收缴登记表")
    @GetMapping("/dues/register/sheet.{format:xlsx|docx|pdf}")
    ResponseEntity<byte[]> register(AccessScope scope, @PathVariable String format, @RequestParam long orgId,
                                    @RequestParam(required = false) String month) {
        return send(ledgers.register(scope, orgId, month(month), format(format)));
    }

    @PersonalDataExport("党费欠交名单")
    @GetMapping("/dues/arrears/sheet.{format:xlsx|docx|pdf}")
    ResponseEntity<byte[]> arrears(AccessScope scope, @PathVariable String format, @RequestParam long orgId) {
        return send(ledgers.arrears(scope, orgId, format(format)));
    }

    @PersonalDataExport("党费上缴记录")
    @GetMapping("/dues/remittances/sheet.xlsx")
    ResponseEntity<byte[]> remittances(AccessScope scope, @RequestParam long orgId,
                                       @RequestParam(required = false) Integer year) {
        return send(ledgers.remittances(scope, orgId, year == null ? thisYear() : year));
    }

    @GetMapping("/dues/publication.{format:docx|pdf}")
    ResponseEntity<byte[]> publication(AccessScope scope, @PathVariable String format, @RequestParam long orgId,
                                       @RequestParam(required = false) Integer year) {
        return send(ledgers.publication(scope, orgId, year == null ? thisYear() : year, format(format)));
    }

    private int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    /** 2026-03 (also 2026年3月, 202603); this month when not given. */
    private YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(clock);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            var months = ImportValues.months(text);
            if (months.size() != 1) {
                throw new InvalidInputException("month", "月份", "应为年月，如2026-03");
            }
            return months.get(0);
        }
    }

    private static Format format(String extension) {
        return Format.valueOf(extension.toUpperCase(java.util.Locale.ROOT));
    }

    private static ResponseEntity<byte[]> send(LedgerFile file) {
        String name = file.fileName();
        MediaType type = name.endsWith(".pdf") ? MediaType.APPLICATION_PDF : name.endsWith(".docx") ? DOCX
                : MediaType.parseMediaType(XlsxFile.MEDIA_TYPE);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .contentType(type)
                .body(file.content());
    }
}
