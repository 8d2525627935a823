package cn.dangjian.documents;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** PDFs read back with PDFBox: the Chinese text is extractable, the CJK font is embedded, pages are numbered. */
class PdfDocumentsTests {

    private final Documents documents = SampleDocuments.renderingOnly();

    @Test
    void meetingRecordShowsEveryFactInChinese() throws IOException {
        byte[] pdf = documents.pdf(DocumentTemplate.MEETING_RECORD, SampleDocuments.meetingRecord(null).toModel());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = normalized(new PDFTextStripper().getText(document));
            assertThat(text).contains("会议记录", "中共某某局机关第一支部委员会", "支部委员会会议",
                    "研究发展党员和季度工作安排", "2024年3月5日14:30—16:00", "机关办公楼三楼会议室",
                    "应到8人，实到7人，请假1人，缺席0人", "周明辉（因公出差）",
                    "讨论接收王小明同志为预备党员", "同意接收王小明同志为中共预备党员",
                    "赞成7票，反对0票，弃权0票；通过", "赞成6票，反对0票，弃权1票；通过", "未表决",
                    "记录人签名", "主持人签名", "第1页共" + document.getNumberOfPages() + "页");
            assertThat(text).contains(SampleDocuments.ATTENDEES.toArray(String[]::new));
            assertThat(text).doesNotContain("补录");
            assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("LXGWWenKai");
            });
        }
    }

    @Test
    void criticismSectionShowsOnlyForAnOrganizationalLifeMeeting() throws IOException {
        byte[] pdf = documents.pdf(DocumentTemplate.MEETING_RECORD, SampleDocuments.orgLifeMeetingRecord().toModel());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(normalized(new PDFTextStripper().getText(document))).contains("批评与自我批评",
                    "姓名自我批评相互批评意见", "张建国理论学习不够系统，调查研究不够深入。建议多到基层一线调研。",
                    "李秀英带头作用发挥不够。");
        }
        byte[] other = documents.pdf(DocumentTemplate.MEETING_RECORD, SampleDocuments.meetingRecord(null).toModel());
        try (PDDocument document = Loader.loadPDF(other)) {
            assertThat(normalized(new PDFTextStripper().getText(document))).doesNotContain("批评", "相互批评意见");
        }
    }

    @Test
    void backfilledRecordSaysWhenItWasEntered() throws IOException {
        byte[] pdf = documents.pdf(DocumentTemplate.MEETING_RECORD,
                SampleDocuments.meetingRecord(LocalDate.of(2024, 3, 20)).toModel());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(normalized(new PDFTextStripper().getText(document))).contains("本记录于2024-03-20补录");
        }
    }

    @Test
    void longAgendaContinuesOnNumberedPages() throws IOException {
        byte[] pdf = documents.pdf(DocumentTemplate.MEETING_RECORD, SampleDocuments.longMeetingRecord().toModel());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(normalized(stripper.getText(document))).contains("第2页共" + pages + "页");
            assertThat(normalized(new PDFTextStripper().getText(document))).contains("第12项议题", "主持人签名");
        }
    }

    @Test
    void attendanceSheetListsEveryMemberWithPresence() throws IOException {
        byte[] pdf = documents.pdf(DocumentTemplate.ATTENDANCE_SHEET, SampleDocuments.attendanceSheet().toModel());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = normalized(new PDFTextStripper().getText(document));
            assertThat(text).contains("签到表", "学习贯彻党的二十大精神", "应到9人，实到7人，请假1人，缺席1人",
                    "9吴桂芳缺席未说明原因", "8周明辉请假因公出差", "1张建国出席");
        }
    }

    /** Text without the spaces and line breaks that layout inserts. */
    static String normalized(String text) {
        return text.replaceAll("\\s+", "");
    }

    static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
