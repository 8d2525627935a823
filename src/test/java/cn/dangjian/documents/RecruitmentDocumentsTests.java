package cn.dangjian.documents;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four 发展党员 documents rendered from typed models without a database, read back: Word with POI (every
 * fact, repeated rows, official-document typography), PDF with PDFBox (the text and the embedded CJK font).
 */
class RecruitmentDocumentsTests {

    private final Documents documents = SampleDocuments.renderingOnly();

    static final ApplicantDetails PERSON = new ApplicantDetails("林晓雯", "女", "汉族", LocalDate.of(1998, 4, 12),
            "硕士研究生", "某某局办公室", "科员");

    static ActivistRegisterDocument register() {
        return new ActivistRegisterDocument("中共某某局机关第一支部委员会", PERSON, LocalDate.of(2025, 1, 6),
                LocalDate.of(2025, 2, 10), "张建国", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10), "党员推荐",
                "李秀英、王志强", List.of(
                new ActivistRegisterDocument.Assessment(LocalDate.of(2025, 9, 5), "学习积极，按时参加党课学习"),
                new ActivistRegisterDocument.Assessment(LocalDate.of(2026, 3, 5), "工作中勇挑重担，群众评价好")));
    }

    static PublicNoticeDocument notice() {
        return new PublicNoticeDocument("中共某某局机关第一支部委员会", PERSON, LocalDate.of(2025, 1, 6),
                LocalDate.of(2025, 3, 3), LocalDate.of(2026, 4, 29), LocalDate.of(2026, 5, 8), 5, "中共某某局机关委员会");
    }

    static AssemblyResolutionDocument resolution() {
        return new AssemblyResolutionDocument("中共某某局机关第一支部委员会", "林晓雯", LocalDate.of(2026, 6, 20),
                "三楼会议室", "政治立场坚定，工作积极主动", 6, 5,
                new AssemblyResolutionDocument.Ballot(true, 5, 1, 0, 1),
                "无记名投票，赞成5票，反对1票，弃权0票（含未到会党员书面意见1份），赞成票超过应到会有表决权党员6人的半数，通过", true);
    }

    static FullRecordDocument fullRecord() {
        return new FullRecordDocument("中共某某局机关第一支部委员会", PERSON, LocalDate.of(2025, 1, 6), "预备党员",
                "《中国共产党发展党员工作细则》（2014年）", "中共某某局机关委员会", LocalDate.of(2026, 6, 20),
                LocalDate.of(2027, 6, 20), List.of(
                new FullRecordDocument.Step(LocalDate.of(2025, 1, 6), null, "递交入党申请书", "", "", "", null, null),
                new FullRecordDocument.Step(LocalDate.of(2025, 2, 10), null, "派人同入党申请人谈话", "张建国", "", "",
                        List.of("FZ-03"), "申请人春节期间在外地，返岗后即谈话"),
                new FullRecordDocument.Step(LocalDate.of(2026, 4, 29), LocalDate.of(2026, 5, 8), "发展对象公示", "",
                        "通过", "", null, null),
                new FullRecordDocument.Step(LocalDate.of(2026, 6, 20), null, "支部党员大会讨论接收预备党员", "", "通过",
                        "无记名投票，赞成5票，反对1票，弃权0票（含未到会党员书面意见1份），通过", null, null)));
    }

    @Test
    void activistRegisterListsTheDetailsAndEveryAssessment() throws IOException {
        try (XWPFDocument word = DocxDocumentsTests.open(documents.docx(DocumentTemplate.ACTIVIST_REGISTER,
                register().toModel()))) {
            assertThat(DocxDocumentsTests.text(word)).contains("入党积极分子培养考察登记表", "林晓雯", "女", "汉族",
                    "1998年4月12日", "硕士研究生", "某某局办公室科员", "2025年1月6日", "2025年2月10日", "张建国",
                    "2025年3月3日", "2025年3月10日", "党员推荐", "李秀英、王志强").doesNotContain("{{", "[考察内容]");
            XWPFTable assessments = word.getTables().get(1);
            assertThat(assessments.getRows()).hasSize(3);
            assertThat(assessments.getRow(2).getCell(1).getText()).isEqualTo("2026年3月5日");
            assertThat(assessments.getRow(2).getCell(2).getText()).isEqualTo("工作中勇挑重担，群众评价好");
        }
        String pdf = pdfText(DocumentTemplate.ACTIVIST_REGISTER, register().toModel());
        assertThat(pdf).contains("入党积极分子培养考察登记表", "林晓雯", "1998年4月12日", "确定为入党积极分子日期",
                "2025年3月3日", "报上级党委备案日期", "2025年3月10日", "李秀英、王志强",
                "12025年9月5日学习积极，按时参加党课学习", "22026年3月5日工作中勇挑重担，群众评价好");
    }

    @Test
    void publicNoticeStatesThePeriodInWorkingDaysInTheOfficialLayout() throws IOException {
        try (XWPFDocument word = DocxDocumentsTests.open(documents.docx(DocumentTemplate.PUBLIC_NOTICE,
                notice().toModel()))) {
            assertThat(DocxDocumentsTests.text(word)).contains("发展对象公示",
                    "经党支部委员会研究，拟将林晓雯同志列为发展对象，现予以公示。",
                    "林晓雯，女，汉族，1998年4月出生，硕士研究生学历，现任某某局办公室科员。2025年1月6日递交入党申请书，"
                            + "2025年3月3日被确定为入党积极分子。",
                    "公示时间：2026年4月29日至2026年5月8日（共5个工作日）。",
                    "如有意见，请于公示期内向党支部或上级党委反映。", "中共某某局机关委员会")
                    .doesNotContain("{{");
            XWPFParagraph body = word.getParagraphs().get(1);
            assertThat(body.getIndentationFirstLine()).as("two characters of 三号").isEqualTo(640);
            assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(body.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
            List<XWPFParagraph> paragraphs = word.getParagraphs();
            XWPFParagraph date = paragraphs.get(paragraphs.size() - 1);
            assertThat(date.getText()).isEqualTo("2026年4月29日");
            assertThat(date.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
        }
        String pdf = pdfText(DocumentTemplate.PUBLIC_NOTICE, notice().toModel());
        assertThat(pdf).contains("经党支部委员会研究，拟将林晓雯同志列为发展对象，现予以公示。",
                "公示时间：2026年4月29日至2026年5月8日（共5个工作日）。", "如有意见，请于公示期内向党支部或上级党委反映。",
                "中共某某局机关第一支部委员会2026年4月29日");
    }

    @Test
    void assemblyResolutionCarriesWhatFz15Requires() throws IOException {
        try (XWPFDocument word = DocxDocumentsTests.open(documents.docx(DocumentTemplate.ASSEMBLY_RESOLUTION,
                resolution().toModel()))) {
            assertThat(DocxDocumentsTests.text(word)).contains("支部党员大会决议", "林晓雯", "2026年6月20日",
                    "政治立场坚定，工作积极主动", "应到会有表决权的党员6名，实到会有表决权的党员5名", "无记名投票",
                    "赞成5票，反对1票，弃权0票（含未到会有表决权党员书面意见1份）",
                    "赞成票超过应到会有表决权党员6人的半数，通过", "同意接收林晓雯同志为中共预备党员，报上级党委审批。",
                    "支部书记签名").doesNotContain("{{");
        }
        String pdf = pdfText(DocumentTemplate.ASSEMBLY_RESOLUTION, resolution().toModel());
        assertThat(pdf).contains("支部党员大会决议", "主要表现政治立场坚定，工作积极主动",
                "应到会有表决权的党员6名，实到会有表决权的党员5名", "同意接收林晓雯同志为中共预备党员", "支部书记签名",
                "2026年6月20日");
    }

    @Test
    void fullRecordShowsEveryStepAndFlagsTheWaivedRule() throws IOException {
        try (XWPFDocument word = DocxDocumentsTests.open(documents.docx(DocumentTemplate.FULL_RECORD,
                fullRecord().toModel()))) {
            assertThat(DocxDocumentsTests.text(word)).contains("发展党员全程纪实表", "《中国共产党发展党员工作细则》（2014年）",
                    "中共某某局机关委员会", "2026年6月20日", "2027年6月20日",
                    "1个环节超出规定时限，附情况说明：派人同入党申请人谈话（FZ-03）").doesNotContain("{{", "[环节]");
            var page = word.getDocument().getBody().getSectPr().getPgSz();
            assertThat(page.getW().toString()).as("landscape A4, for the seven columns").isEqualTo("16838");
            XWPFTable steps = word.getTables().get(1);
            assertThat(steps.getRows()).hasSize(5);
            assertThat(steps.getRow(2).getCell(6).getText()).isEqualTo("超出FZ-03规定时限：申请人春节期间在外地，返岗后即谈话");
            assertThat(steps.getRow(3).getCell(1).getText()).isEqualTo("2026年4月29日至2026年5月8日");
            assertThat(steps.getRow(4).getCell(5).getText()).contains("赞成5票");
        }
        String pdf = pdfText(DocumentTemplate.FULL_RECORD, fullRecord().toModel());
        assertThat(pdf).contains("发展党员全程纪实表", "林晓雯", "适用细则《中国共产党发展党员工作细则》（2014年）",
                "超出FZ-03规定时限", "支部党员大会讨论接收预备党员", "预备期满日期2027年6月20日");
    }

    @Test
    void everyRecruitmentPdfEmbedsTheChineseFont() throws IOException {
        for (var entry : List.of(java.util.Map.entry(DocumentTemplate.ACTIVIST_REGISTER, register().toModel()),
                java.util.Map.entry(DocumentTemplate.PUBLIC_NOTICE, notice().toModel()),
                java.util.Map.entry(DocumentTemplate.ASSEMBLY_RESOLUTION, resolution().toModel()),
                java.util.Map.entry(DocumentTemplate.FULL_RECORD, fullRecord().toModel()))) {
            try (PDDocument pdf = Loader.loadPDF(documents.pdf(entry.getKey(), entry.getValue()))) {
                assertThat(PdfDocumentsTests.fonts(pdf)).as(entry.getKey().label()).isNotEmpty().allSatisfy(font -> {
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.getName()).contains("LXGWWenKai");
                });
                assertThat(PdfDocumentsTests.normalized(new PDFTextStripper().getText(pdf)))
                        .contains("第1页共" + pdf.getNumberOfPages() + "页");
            }
        }
    }

    private String pdfText(DocumentTemplate template, java.util.Map<String, Object> model) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(template, model))) {
            return PdfDocumentsTests.normalized(new PDFTextStripper().getText(pdf));
        }
    }
}
