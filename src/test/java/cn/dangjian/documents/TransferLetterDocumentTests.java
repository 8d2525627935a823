package cn.dangjian.documents;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.dangjian.support.PdfFiles;
import cn.dangjian.support.WordFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 党员组织关系介绍信 (ZJ-02, ZJ-03) from the built-in formats: the three parts each with the number, the
 * member's particulars, 党费已交到 and 有效期 in characters, the 回执's one-month note, and the stub saying when
 * the 回执 came back or which number a reissue voided.
 */
class TransferLetterDocumentTests {

    private final Documents documents = SampleDocuments.renderingOnly();

    static TransferLetterDocument letter(boolean probationary, YearMonth paidUpTo, LocalDate receiptBack, String voided) {
        return new TransferLetterDocument("2026-007", "林晓雯", "女", 28, "汉族", probationary, "110101199804120028",
                "中共某某局机关第一支部委员会", "中共江城大学委员会", "中共江城大学委员会组织部", paidUpTo, 30,
                LocalDate.of(2026, 12, 3), "13912345678", null, null, null, null, "中共某某局机关委员会", receiptBack,
                voided);
    }

    @Test
    void theLetterHasItsThreePartsNumberedWithTheFiguresInCharacters() {
        var model = letter(false, YearMonth.of(2026, 11), null, null).toModel();
        String pdf = PdfFiles.text(documents.pdf(DocumentTemplate.TRANSFER_LETTER, model));
        assertThat(pdf).contains("第一联（存根）", "第二联（介绍信）", "第三联（回执）", "党员组织关系介绍信回执",
                "林晓雯", "28", "汉族", "110101199804120028", "中共某某局机关第一支部委员会", "中共江城大学委员会组织部：",
                "二〇二六年十一月", "三十天", "2026年12月3日", "13912345678", "中共某某局机关委员会：",
                "一个月内", "贴回执联处", "（盖章）");
        assertThat(pdf.replace(" ", "").split("第2026-007号", -1)).as("the number on every part").hasSize(4);
        String word = WordFiles.text(documents.docx(DocumentTemplate.TRANSFER_LETTER, model));
        assertThat(word).contains("第 2026-007 号", "林晓雯同志（女），28岁，汉族，系中共正式党员", "二〇二六年十一月", "三十天",
                "特此回复").doesNotContain("{{");
    }

    @Test
    void aMemberWhoPaidNothingYetLeavesTheMonthBlankAndTheStubShowsTheReceiptAndTheVoidedNumber() {
        TransferLetterDocument doc = letter(true, null, LocalDate.of(2027, 1, 5), "2026-003");
        assertThat(doc.duesPaidUpToText()).isEqualTo("＿＿＿＿年＿＿月");
        assertThat(doc.toModel()).containsEntry("党员类别", "预备");
        String pdf = PdfFiles.text(documents.pdf(DocumentTemplate.TRANSFER_LETTER, doc.toModel()));
        assertThat(pdf).contains("回执已于2027年1月5日收回", "补开，原第2026-003号介绍信作废").doesNotContain("二〇二六年十一月");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2026-12, 二〇二六年十二月", "2027-01, 二〇二七年一月", "2030-10, 二〇三〇年十月", "2029-11, 二〇二九年十一月",
            "2100-02, 二一〇〇年二月"})
    void paidUpToIsWrittenInCharacters(String month, String written) {
        assertThat(letter(false, YearMonth.parse(month), null, null).duesPaidUpToText()).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} days → {1}")
    @CsvSource({"1, 一天", "10, 十天", "15, 十五天", "30, 三十天", "90, 九十天", "180, 一百八十天"})
    void theValidityIsWrittenInCharacters(int days, String written) {
        TransferLetterDocument doc = new TransferLetterDocument("2026-001", "王一", "男", 40, "回族", false, "x", "甲", "乙",
                null, null, days, LocalDate.of(2026, 1, 5), null, null, null, null, null, "丙", null, null);
        assertThat(doc.validityText()).isEqualTo(written);
        assertThat(doc.toModel()).containsEntry("抬头", "乙").containsEntry("男", true);
    }
}
