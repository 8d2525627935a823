package cn.dangjian.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.documents.DocumentTemplate;
import cn.dangjian.documents.Documents;
import cn.dangjian.documents.DuesArrearsDocument;
import cn.dangjian.documents.DuesAssessmentSheetDocument;
import cn.dangjian.documents.DuesPublicationDocument;
import cn.dangjian.documents.DuesRegisterDocument;
import cn.dangjian.dues.excel.LedgerSheets;
import cn.dangjian.dues.LedgerFile.Format;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Fen;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dues ledgers generated from the records, never typed again: the 年初核定表 (DF-17, A.2.1) and a month's
 * 收缴登记表 (A.2.2) as Excel, Word or PDF, the arrears list and the year's remittances (A.2.3) as Excel, and
 * the 党费收缴情况公布 to the members (DF-18) as Word or PDF. Word documents come in the format in force for the
 * organization (its own upload, a superior's, or the built-in one); PDFs in the built-in layout.
 */
@Service
@Transactional(readOnly = true)
public class DuesLedgers {

    private final DuesAssessments assessments;
    private final DuesPayments payments;
    private final DuesOverview overview;
    private final DuesRemittances remittances;
    private final Documents documents;
    private final OrgUnits orgs;
    private final Clock clock;

    DuesLedgers(DuesAssessments assessments, DuesPayments payments, DuesOverview overview, DuesRemittances remittances,
                Documents documents, OrgUnits orgs, Clock clock) {
        this.assessments = assessments;
        this.payments = payments;
        this.overview = overview;
        this.remittances = remittances;
        this.documents = documents;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** The 年初核定表 of an organization's roll for {@code year}. */
    public LedgerFile assessmentSheet(AccessScope scope, long orgId, int year, Format format) {
        scope.require(Permission.DUES_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        checkYear(year);
        List<SheetRow> rows = assessments.sheet(scope, org.id(), year);
        String name = year + "年度党费年初核定表（" + org.name() + "）";
        if (format == Format.XLSX) {
            return new LedgerFile(name + ".xlsx", LedgerSheets.assessment(org.name(), year, rows, today()));
        }
        DuesAssessmentSheetDocument document = new DuesAssessmentSheetDocument(org.name(), year,
                rows.stream().map(DuesLedgers::line).toList(), today());
        return render(DocumentTemplate.DUES_ASSESSMENT_SHEET, org, document.toModel(), name, format);
    }

    /** The 收缴登记表 of an organization for {@code month}. */
    public LedgerFile register(AccessScope scope, long orgId, YearMonth month, Format format) {
        scope.require(Permission.DUES_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        if (month == null) {
            throw new InvalidInputException("month", "月份", "请选择月份（如2026-03）");
        }
        checkYear(month.getYear());
        List<RegisterLine> lines = payments.register(scope, org.id(), month);
        String name = month.getYear() + "年" + month.getMonthValue() + "月党费收缴登记表（" + org.name() + "）";
        if (format == Format.XLSX) {
            return new LedgerFile(name + ".xlsx", LedgerSheets.register(org.name(), month, lines, today()));
        }
        DuesRegisterDocument document = new DuesRegisterDocument(org.name(), month, lines.stream()
                .map(l -> new DuesRegisterDocument.Line(l.name(), l.due(), l.paid(), l.paidOn(), l.method(), l.covered()))
                .toList(), today());
        return render(DocumentTemplate.DUES_REGISTER, org, document.toModel(), name, format);
    }

    /** The members of the subtree with months ended unpaid (DF-13 at 6 in a row). */
    public LedgerFile arrears(AccessScope scope, long orgId, Format format) {
        scope.require(Permission.DUES_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        List<ArrearsRow> rows = overview.arrears(scope, org.id());
        String name = "党费欠交名单（" + org.name() + "）-" + today();
        if (format == Format.XLSX) {
            return new LedgerFile(name + ".xlsx", LedgerSheets.arrears(org.name(), rows, today()));
        }
        DuesArrearsDocument document = new DuesArrearsDocument(org.name(), today(), rows.stream()
                .map(r -> new DuesArrearsDocument.Line(r.name(), r.orgName(), LedgerSheets.months(r.months()),
                        r.consecutive(), r.owed(), LedgerSheets.hint(r))).toList());
        return render(DocumentTemplate.DUES_ARREARS, org, document.toModel(), name, format);
    }

    /** The remittances of the subtree whose period ends in {@code year}, with their reconciliation, as Excel. */
    public LedgerFile remittances(AccessScope scope, long orgId, int year) {
        scope.require(Permission.DUES_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        checkYear(year);
        return new LedgerFile(year + "年度党费上缴记录（" + org.name() + "）.xlsx",
                LedgerSheets.remittances(org.name(), year, remittances.list(scope, org.id(), year), today()));
    }

    /**
     * The 党费收缴情况公布 for {@code year} (DF-18): 应交, 实交 and the members concerned month by month up to the
     * month now (the whole year once it has ended), totals only, and what was handed up.
     */
    public LedgerFile publication(AccessScope scope, long orgId, int year, Format format) {
        scope.require(Permission.DUES_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        checkYear(year);
        if (format == Format.XLSX) {
            throw new InvalidInputException("format", "格式", "党费收缴情况公布可下载 Word 或 PDF");
        }
        YearMonth now = YearMonth.from(today());
        YearMonth last = year < now.getYear() ? YearMonth.of(year, 12) : now;
        List<DuesPublicationDocument.Month> months = new ArrayList<>();
        for (YearMonth m = YearMonth.of(year, 1); !m.isAfter(last); m = m.plusMonths(1)) {
            List<SummaryRow> summary = overview.summary(scope, org.id(), m, m);
            SummaryRow total = summary.get(summary.size() - 1);
            months.add(new DuesPublicationDocument.Month(m, total.members(), total.due(), total.paid(), total.membersOwing()));
        }
        Fen remitted = remittances.list(scope, org.id(), year).stream().filter(r -> r.orgId() == org.id())
                .map(RemittanceView::remitted).reduce(Fen::plus).orElse(null);
        DuesPublicationDocument document = new DuesPublicationDocument(org.name(), year, months, remitted, today());
        return render(DocumentTemplate.DUES_PUBLICATION, org, document.toModel(), year + "年度党费收缴情况公布（"
                + org.name() + "）", format);
    }

    private LedgerFile render(DocumentTemplate template, OrgUnitRef org, java.util.Map<String, Object> model, String name,
                              Format format) {
        return format == Format.PDF ? new LedgerFile(name + ".pdf", documents.pdf(template, model))
                : new LedgerFile(name + ".docx", documents.docxFor(template, org.path(), model));
    }

    static DuesAssessmentSheetDocument.Line line(SheetRow r) {
        AssessmentView a = r.assessment();
        DuesCalculation c = a == null ? null : a.calculation();
        return new DuesAssessmentSheetDocument.Line(r.name(), c == null ? "" : c.category().label(), c == null ? null : c.base(),
                c == null ? "" : c.standard(), c == null ? null : c.monthly(), r.annualDue(), r.annualPaid(),
                c != null && c.category() == DuesCategory.ANNUAL_SALARY, r.reduction(), a != null && a.confirmed(),
                LedgerSheets.remark(a));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void checkYear(int year) {
        if (year < 2008 || year > 2100) {
            throw new InvalidInputException("year", "年度", "应为2008年以后的年份");
        }
    }
}
