package cn.dangjian.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.shared.Fen;
import cn.dangjian.support.PdfFiles;
import cn.dangjian.support.WordFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four dues documents from the built-in templates, in Word and PDF: every placeholder filled, amounts with two
 * decimals, totals computed from the lines, and the 公布 with totals only (DF-18).
 */
class DuesDocumentsTests {

    private final Documents documents = SampleDocuments.renderingOnly();

    static DuesAssessmentSheetDocument sheet() {
        return new DuesAssessmentSheetDocument("中共某某局机关第一支部委员会", 2026, List.of(
                new DuesAssessmentSheetDocument.Line("张建国", "在职：机关公务员", Fen.yuan(4800), "按1%", Fen.of(4800),
                        Fen.of(57600), Fen.of(14400), false, null, true, null),
                new DuesAssessmentSheetDocument.Line("李秀英", "离退休人员", Fen.of(500001), "按1%", Fen.of(5000),
                        Fen.of(60000), Fen.of(5000), false, "少交（2026-03至2026-12，批准）", false, null),
                new DuesAssessmentSheetDocument.Line("王志强", "", null, "", null, Fen.ZERO, Fen.ZERO, false, null, false,
                        "未核定")), LocalDate.of(2026, 1, 20));
    }

    @Test
    void theAssessmentSheetHasEveryColumnAndTheTotals() {
        var model = sheet().toModel();
        assertThat(model).containsEntry("月应缴合计", "98.00").containsEntry("全年应缴合计", "1176.00")
                .containsEntry("全年实缴合计", "194.00").containsEntry("人数", "3");
        String word = WordFiles.text(documents.docx(DocumentTemplate.DUES_ASSESSMENT_SHEET, model));
        assertThat(word).contains("2026年度党费年初核定表", "中共某某局机关第一支部委员会", "张建国", "4800.00", "按1%", "48.00",
                "576.00", "5000.01", "少交（2026-03至2026-12，批准）", "已确认", "未核定", "1176.00", "党支部书记（签字）")
                .doesNotContain("{{").doesNotContain("[姓名]");
        String pdf = PdfFiles.text(documents.pdf(DocumentTemplate.DUES_ASSESSMENT_SHEET, model));
        assertThat(pdf).contains("2026年度党费年初核定表", "张建国", "4800.00", "48.00", "5000.01", "1176.00", "已确认");
    }

    @Test
    void theRegisterCountsWhoOwedAndWhoPaid() {
        DuesRegisterDocument register = new DuesRegisterDocument("第一党支部", YearMonth.of(2026, 3), List.of(
                new DuesRegisterDocument.Line("张建国", Fen.of(4800), Fen.of(4800), LocalDate.of(2026, 3, 5),
                        "本人交纳·当月交纳", "2026-01至2026-03"),
                new DuesRegisterDocument.Line("李秀英", Fen.of(5000), Fen.ZERO, null, "", ""),
                new DuesRegisterDocument.Line("王志强", null, Fen.ZERO, null, "", "")), LocalDate.of(2026, 3, 31));
        var model = register.toModel();
        assertThat(model).containsEntry("应交人数", "2").containsEntry("已交人数", "1").containsEntry("应交合计", "98.00")
                .containsEntry("实交合计", "48.00");
        String word = WordFiles.text(documents.docx(DocumentTemplate.DUES_REGISTER, model));
        assertThat(word).contains("党费收缴登记表", "2026年3月", "张建国", "2026-03-05", "本人交纳·当月交纳", "未核定", "98.00",
                "收款人（签名）").doesNotContain("{{");
        assertThat(PdfFiles.text(documents.pdf(DocumentTemplate.DUES_REGISTER, model)))
                .contains("党费收缴登记表", "张建国", "48.00", "98.00", "党员签字", "收款人签名");
    }

    @Test
    void thePublicationShowsTotalsOnly() {
        DuesPublicationDocument publication = new DuesPublicationDocument("第一党支部", 2026, List.of(
                new DuesPublicationDocument.Month(YearMonth.of(2026, 1), 2, Fen.of(9800), Fen.of(9800), 0),
                new DuesPublicationDocument.Month(YearMonth.of(2026, 2), 2, Fen.of(9800), Fen.of(4800), 1)),
                Fen.of(2940), LocalDate.of(2026, 12, 31));
        var model = publication.toModel();
        assertThat(model).containsEntry("应交合计", "196.00").containsEntry("实交合计", "146.00")
                .containsEntry("欠交合计", "50.00");
        String word = WordFiles.text(documents.docx(DocumentTemplate.DUES_PUBLICATION, model));
        assertThat(word).contains("2026年度党费收缴情况公布", "1月", "2月", "196.00", "146.00", "上缴党费29.40元", "2026年12月31日")
                .doesNotContain("{{");
        assertThat(PdfFiles.text(documents.pdf(DocumentTemplate.DUES_PUBLICATION, model)))
                .contains("2026年度党费收缴情况公布", "196.00", "29.40");
    }

    @Test
    void theArrearsListTotalsWhatIsOwed() {
        DuesArrearsDocument arrears = new DuesArrearsDocument("机关党委", LocalDate.of(2026, 8, 15), List.of(
                new DuesArrearsDocument.Line("张建国", "第一党支部", "2026-02至2026-07", 6, Fen.of(28800), "连续6个月以上：…（DF-13）"),
                new DuesArrearsDocument.Line("李秀英", "第二党支部", "2026-07", 1, Fen.of(5000), "")));
        var model = arrears.toModel();
        assertThat(model).containsEntry("人数", "2").containsEntry("欠交合计", "338.00").containsEntry("截至日期", "2026年8月15日");
        assertThat(WordFiles.text(documents.docx(DocumentTemplate.DUES_ARREARS, model)))
                .contains("党费欠交名单", "张建国", "2026-02至2026-07", "288.00", "DF-13", "338.00").doesNotContain("{{");
        assertThat(PdfFiles.text(documents.pdf(DocumentTemplate.DUES_ARREARS, model))).contains("张建国", "288.00", "338.00");
    }
}
