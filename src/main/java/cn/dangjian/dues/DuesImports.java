package cn.dangjian.dues;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.dangjian.dues.excel.BaseColumn;
import cn.dangjian.dues.excel.BaseLine;
import cn.dangjian.dues.excel.PaymentColumn;
import cn.dangjian.dues.excel.PaymentEntry;
import cn.dangjian.dues.excel.PendingUploads;
import cn.dangjian.dues.excel.SheetFileException;
import cn.dangjian.dues.excel.UploadedSheet;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports from the exports branches already have, in two steps — a preview that stores nothing, then 确认导入:
 * the annual 核定 from a payroll export (the after-tax base, DF-01/DF-17), and payments from a bank or
 * payment-platform export, through a column mapping the person confirms. Each row is reported with its number,
 * the name and a message naming the field; a payment row carries an import key, so importing the same file twice
 * stores each payment once; 垫交 and 扣缴 are refused (DF-14).
 */
@Service
@Transactional(readOnly = true)
public class DuesImports {

    static final String BASES = "bases";
    static final String PAYMENTS = "payments";
    private static final String EXPIRED = "上传的文件已过期或不存在，请重新上传";

    private final OrgUnits orgs;
    private final PendingUploads pending;
    private final BaseImportCheck bases;
    private final PaymentImportCheck paymentCheck;
    private final DuesAssessments assessments;
    private final DuesPayments payments;

    DuesImports(OrgUnits orgs, PendingUploads pending, BaseImportCheck bases, PaymentImportCheck paymentCheck,
                DuesAssessments assessments, DuesPayments payments) {
        this.orgs = orgs;
        this.pending = pending;
        this.bases = bases;
        this.paymentCheck = paymentCheck;
        this.assessments = assessments;
        this.payments = payments;
    }

    /** The organization an import is for, checked: the caller records dues and the organization is in scope. */
    public String organizationName(AccessScope scope, long orgId) {
        scope.require(Permission.DUES_RECORD);
        return orgs.refInScope(scope, orgId).name();
    }

    /** Reads a payroll export for the 核定 of {@code year} and reports each row; nothing is stored. */
    public ImportReport previewBases(AccessScope scope, long orgId, int year, String fileName, byte[] content) {
        scope.require(Permission.DUES_RECORD);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        checkYear(year);
        UploadedSheet sheet = read(content, BaseColumn::isHeader);
        List<BaseLine> lines = readBases(sheet);
        UUID id = pending.put(scope.username(), org.id(), BASES, year, name(fileName), sheet);
        return new ImportReport(id, name(fileName), org.id(), org.name(), year,
                bases.check(scope, org, year, lines).stream().map(BaseImportCheck.Checked::line).toList(), false, 0, 0);
    }

    /** Writes the 核定 of the valid rows of a previewed upload (checked again now); returns the report. */
    @Transactional
    public ImportReport confirmBases(AccessScope scope, UUID id) {
        scope.require(Permission.DUES_RECORD);
        PendingUploads.Pending upload = pending.get(scope.username(), id, BASES)
                .orElseThrow(() -> new NotFoundException(EXPIRED));
        OrgUnitRef org = orgs.refInScope(scope, upload.orgId());
        List<BaseImportCheck.Checked> checked = bases.check(scope, org, upload.year(), readBases(upload.sheet()));
        List<AssessMember> rows = checked.stream().map(BaseImportCheck.Checked::command).filter(c -> c != null).toList();
        if (!rows.isEmpty()) {
            assessments.assessAll(scope, org.id(), upload.year(), rows);
        }
        pending.remove(id);
        List<ImportReport.Line> lines = checked.stream().map(c -> c.command() == null ? c.line()
                : new ImportReport.Line(c.line().row(), c.line().name(), ImportReport.IMPORTED, c.line().message(), true))
                .toList();
        return new ImportReport(id, upload.fileName(), org.id(), org.name(), upload.year(), lines, true, rows.size(),
                (int) checked.stream().filter(c -> c.command() == null && c.line().ok()).count());
    }

    /** Reads a payment export and holds it for the column mapping; nothing is stored. */
    public ImportUpload uploadPayments(AccessScope scope, long orgId, String fileName, byte[] content) {
        scope.require(Permission.DUES_RECORD);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        UploadedSheet sheet = read(content, PaymentColumn::isHeader);
        if (sheet.rows().isEmpty()) {
            throw new InvalidInputException("file", "文件", "表头下没有数据行");
        }
        UUID id = pending.put(scope.username(), org.id(), PAYMENTS, null, name(fileName), sheet);
        return upload(id, org, name(fileName), sheet);
    }

    /** A held payment upload again, for the mapping form. */
    public ImportUpload paymentUpload(AccessScope scope, UUID id) {
        scope.require(Permission.DUES_RECORD);
        PendingUploads.Pending upload = pending.get(scope.username(), id, PAYMENTS)
                .orElseThrow(() -> new NotFoundException(EXPIRED));
        return upload(id, orgs.refInScope(scope, upload.orgId()), upload.fileName(), upload.sheet());
    }

    /** What importing the held upload through {@code mapping} would do, row by row; nothing is stored. */
    public ImportReport previewPayments(AccessScope scope, UUID id, Map<PaymentColumn, Integer> mapping) {
        scope.require(Permission.DUES_RECORD);
        PendingUploads.Pending upload = pending.get(scope.username(), id, PAYMENTS)
                .orElseThrow(() -> new NotFoundException(EXPIRED));
        OrgUnitRef org = orgs.refInScope(scope, upload.orgId());
        List<PaymentEntry> entries = PaymentEntry.read(upload.sheet(), checkMapping(mapping, upload.sheet()));
        return new ImportReport(id, upload.fileName(), org.id(), org.name(), null,
                paymentCheck.check(scope, org, entries).stream().map(PaymentImportCheck.Checked::line).toList(), false, 0, 0);
    }

    /**
     * Imports the valid rows of the held upload: one payment per row, each with its import key, so rows imported
     * before are skipped; returns the report of what was stored.
     */
    @Transactional
    public ImportReport confirmPayments(AccessScope scope, UUID id, Map<PaymentColumn, Integer> mapping) {
        scope.require(Permission.DUES_RECORD);
        PendingUploads.Pending upload = pending.get(scope.username(), id, PAYMENTS)
                .orElseThrow(() -> new NotFoundException(EXPIRED));
        OrgUnitRef org = orgs.refInScope(scope, upload.orgId());
        List<PaymentEntry> entries = PaymentEntry.read(upload.sheet(), checkMapping(mapping, upload.sheet()));
        List<PaymentImportCheck.Checked> checked = paymentCheck.check(scope, org, entries);
        List<PaymentImportCheck.Checked> ready = checked.stream().filter(c -> c.row() != null).toList();
        PaymentBatch.Result result = ready.isEmpty() ? new PaymentBatch.Result(0, 0, Map.of())
                : payments.recordAll(scope, org.id(), ready.stream().map(PaymentImportCheck.Checked::row).toList(), "IMPORT");
        Map<Integer, String> refused = new java.util.HashMap<>();
        result.refused().forEach((i, problems) -> refused.put(ready.get(i).entry().row(), PaymentImportCheck.describe(problems)));
        List<ImportReport.Line> lines = checked.stream().map(c -> {
            if (c.row() == null) {
                return c.line();
            }
            String problem = refused.get(c.entry().row());
            return problem != null ? new ImportReport.Line(c.line().row(), c.line().name(), ImportReport.ERROR, problem, false)
                    : new ImportReport.Line(c.line().row(), c.line().name(), ImportReport.IMPORTED, c.line().message(), true);
        }).toList();
        pending.remove(id);
        return new ImportReport(id, upload.fileName(), org.id(), org.name(), null, lines, true, result.written(),
                (int) lines.stream().filter(l -> l.result().equals(ImportReport.ALREADY)).count());
    }

    private static Map<PaymentColumn, Integer> checkMapping(Map<PaymentColumn, Integer> mapping, UploadedSheet sheet) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<PaymentColumn, Integer> clean = new EnumMap<>(PaymentColumn.class);
        Set<Integer> used = new HashSet<>();
        for (PaymentColumn c : PaymentColumn.values()) {
            Integer index = mapping == null ? null : mapping.get(c);
            if (index == null || index < 0) {
                if (c.required()) {
                    problems.add(new FieldProblem(c.param(), c.label(), "请选择哪一列是" + c.label()));
                }
                continue;
            }
            if (index >= width(sheet)) {
                problems.add(new FieldProblem(c.param(), c.label(), "文件中没有这一列"));
            } else if (!used.add(index)) {
                problems.add(new FieldProblem(c.param(), c.label(), "同一列不能同时作为两项"));
            } else {
                clean.put(c, index);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return clean;
    }

    /** The columns offered for mapping: the header's, or more when the first rows are wider. */
    private static int width(UploadedSheet sheet) {
        return Math.max(sheet.headers().size(), sheet.rows().stream().limit(50).mapToInt(r -> r.cells().size()).max().orElse(0));
    }

    private static ImportUpload upload(UUID id, OrgUnitRef org, String fileName, UploadedSheet sheet) {
        int width = width(sheet);
        List<String> headers = new ArrayList<>(sheet.headers());
        while (headers.size() < width) {
            headers.add(null);
        }
        List<List<String>> sample = sheet.rows().stream().limit(5).map(r -> {
            List<String> cells = new ArrayList<>(r.cells());
            while (cells.size() < width) {
                cells.add(null);
            }
            return java.util.Collections.unmodifiableList(cells);
        }).toList();
        return new ImportUpload(id, fileName, org.id(), org.name(), sheet.headerRow(), headers,
                PaymentColumn.guess(sheet.headers()), sample, sheet.rows().size());
    }

    private static List<BaseLine> readBases(UploadedSheet sheet) {
        try {
            return BaseLine.read(sheet);
        } catch (SheetFileException e) {
            throw new InvalidInputException("file", "文件", e.getMessage());
        }
    }

    private static UploadedSheet read(byte[] content, java.util.function.Predicate<List<String>> isHeader) {
        try {
            return UploadedSheet.read(content, isHeader);
        } catch (SheetFileException e) {
            throw new InvalidInputException("file", "文件", e.getMessage());
        }
    }

    private static void checkYear(int year) {
        if (year < 2008 || year > 2100) {
            throw new InvalidInputException("year", "年度", "应为2008年以后的年份");
        }
    }

    private static String name(String fileName) {
        String n = fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}]", "").strip();
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        return n.isEmpty() ? "上传的文件.xlsx" : n.length() > 100 ? n.substring(0, 100) : n;
    }
}
