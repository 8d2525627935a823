package cn.dangjian.dues.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import cn.dangjian.dues.DuesImports;
import cn.dangjian.dues.ImportReport;
import cn.dangjian.dues.ImportUpload;
import cn.dangjian.dues.excel.PaymentColumn;
import cn.dangjian.dues.excel.UploadedSheet;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The dues import pages. 核定 from a payroll export: upload → the report of every row (nothing stored) → 确认导入.
 * Payments from a bank or payment-platform export: upload → which column is which → the report → 确认导入; a row
 * imported before is skipped, so the same file imported twice stores each payment once.
 */
@Controller
class DuesImportController {

    private final DuesImports imports;
    private final Clock clock;

    DuesImportController(DuesImports imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    @GetMapping("/dues/imports/bases")
    String basesForm(AccessScope scope, @RequestParam long orgId, @RequestParam(required = false) Integer year,
                     Model model) {
        model.addAttribute("orgId", orgId);
        model.addAttribute("orgName", imports.organizationName(scope, orgId));
        model.addAttribute("year", year == null ? LocalDate.now(clock).getYear() : year);
        return "dues/import-bases";
    }

    @PostMapping("/dues/imports/bases")
    String basesPreview(AccessScope scope, @RequestParam long orgId, @RequestParam int year,
                        @RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        try {
            model.addAttribute("report", imports.previewBases(scope, orgId, year, name(file), content(file)));
        } catch (InvalidInputException e) {
            model.addAttribute("uploadError", message(e));
        }
        return basesForm(scope, orgId, year, model);
    }

    @PostMapping("/dues/imports/bases/confirm")
    String basesConfirm(AccessScope scope, @RequestParam long orgId, @RequestParam int year, @RequestParam String upload,
                        Model model) {
        imports.organizationName(scope, orgId);
        try {
            model.addAttribute("report", imports.confirmBases(scope, uuid(upload)));
        } catch (InvalidInputException | NotFoundException e) {
            model.addAttribute("uploadError", e instanceof InvalidInputException i ? message(i) : e.getMessage());
        }
        return basesForm(scope, orgId, year, model);
    }

    @GetMapping("/dues/imports/payments")
    String paymentsForm(AccessScope scope, @RequestParam long orgId, Model model) {
        model.addAttribute("orgId", orgId);
        model.addAttribute("orgName", imports.organizationName(scope, orgId));
        model.addAttribute("columns", PaymentColumn.values());
        return "dues/import-payments";
    }

    @PostMapping("/dues/imports/payments")
    String paymentsUpload(AccessScope scope, @RequestParam long orgId,
                          @RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        try {
            ImportUpload upload = imports.uploadPayments(scope, orgId, name(file), content(file));
            model.addAttribute("upload", upload);
            model.addAttribute("mapping", upload.guessed());
        } catch (InvalidInputException e) {
            model.addAttribute("uploadError", message(e));
        }
        return paymentsForm(scope, orgId, model);
    }

    /** The report for the chosen mapping ({@code col_NAME=0…}); nothing is stored. */
    @PostMapping("/dues/imports/payments/preview")
    String paymentsPreview(AccessScope scope, @RequestParam long orgId, @RequestParam String upload,
                           @RequestParam Map<String, String> form, Model model) {
        return payments(scope, orgId, upload, form, model, false);
    }

    @PostMapping("/dues/imports/payments/confirm")
    String paymentsConfirm(AccessScope scope, @RequestParam long orgId, @RequestParam String upload,
                           @RequestParam Map<String, String> form, Model model) {
        return payments(scope, orgId, upload, form, model, true);
    }

    private String payments(AccessScope scope, long orgId, String uploadId, Map<String, String> form, Model model,
                            boolean confirm) {
        imports.organizationName(scope, orgId);
        Map<PaymentColumn, Integer> mapping = mapping(form);
        UUID id = uuid(uploadId);
        try {
            ImportUpload upload = imports.paymentUpload(scope, id);
            model.addAttribute("upload", upload);
            model.addAttribute("mapping", mapping);
            ImportReport report = confirm ? imports.confirmPayments(scope, id, mapping)
                    : imports.previewPayments(scope, id, mapping);
            model.addAttribute("report", report);
        } catch (InvalidInputException e) {
            model.addAttribute("mappingError", message(e));
        } catch (NotFoundException e) {
            model.addAttribute("upload", null);
            model.addAttribute("uploadError", e.getMessage());
        }
        return paymentsForm(scope, orgId, model);
    }

    /** The upload's id; {@code null} (an upload not found) when it is not one. */
    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<PaymentColumn, Integer> mapping(Map<String, String> form) {
        Map<PaymentColumn, Integer> mapping = new EnumMap<>(PaymentColumn.class);
        for (PaymentColumn c : PaymentColumn.values()) {
            String value = form.get(c.param());
            if (value != null && value.matches("\\d{1,4}")) {
                mapping.put(c, Integer.parseInt(value));
            }
        }
        return mapping;
    }

    private static String message(InvalidInputException e) {
        return String.join("；", e.problems().stream().map(FieldProblem::message).toList());
    }

    static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    /** The upload's bytes; a file over the limit is refused before it is read. */
    static byte[] content(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "文件", "请选择要上传的 Excel（.xlsx）文件");
        }
        if (file.getSize() > UploadedSheet.MAX_BYTES) {
            throw new InvalidInputException("file", "文件", "文件超过" + UploadedSheet.MAX_BYTES / 1024 / 1024
                    + "MB，请删除无关的列或按月份分批导出后再上传");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取上传的文件", e);
        }
    }
}
