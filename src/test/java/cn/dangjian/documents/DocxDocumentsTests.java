package cn.dangjian.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Word documents read back with POI: every fact is there, agenda rows repeat, typography is set. */
class DocxDocumentsTests {

    private final Documents documents = SampleDocuments.renderingOnly();

    @Test
    void meetingRecordShowsEveryFact() throws IOException {
        byte[] docx = documents.docx(DocumentTemplate.MEETING_RECORD, SampleDocuments.meetingRecord(null).toModel());

        try (XWPFDocument document = open(docx)) {
            String text = text(document);
            assertThat(text).contains("会议记录", "中共某某局机关第一支部委员会", "支部委员会会议",
                    "研究发展党员和季度工作安排", "2024年3月5日 14:30—16:00", "机关办公楼三楼会议室",
                    "张建国", "李秀英", "8人", "应到8人，实到7人，请假1人，缺席0人", "周明辉（因公出差）",
                    "讨论接收王小明同志为预备党员", "赞成7票，反对0票，弃权0票", "赞成6票，反对0票，弃权1票",
                    "未表决", "通过", "记录人签名", "主持人签名");
            assertThat(text).contains(SampleDocuments.ATTENDEES.toArray(String[]::new));
            assertThat(text).doesNotContain("{{", "}}", "[议题]", "补录");
        }
    }

    @Test
    void agendaRowsRepeatOncePerItem() throws IOException {
        byte[] docx = documents.docx(DocumentTemplate.MEETING_RECORD, SampleDocuments.longMeetingRecord().toModel());

        try (XWPFDocument document = open(docx)) {
            XWPFTable agenda = document.getTables().get(1);
            List<String> numbers = agenda.getRows().stream().skip(1).map(row -> row.getCell(0).getText()).toList();
            assertThat(numbers).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
            XWPFTableRow last = agenda.getRow(12);
            assertThat(last.getCell(1).getText()).isEqualTo("第12项议题：研究落实党风廉政建设责任制工作");
            assertThat(last.getCell(4).getText()).isEqualTo("赞成7票，反对0票，弃权0票");
            assertThat(last.getCell(5).getText()).isEqualTo("通过");
        }
    }

    @Test
    void criticismTableListsEachMemberOfAnOrganizationalLifeMeetingAndIsLeftOutOtherwise() throws IOException {
        byte[] docx = documents.docx(DocumentTemplate.MEETING_RECORD, SampleDocuments.orgLifeMeetingRecord().toModel());

        try (XWPFDocument document = open(docx)) {
            XWPFTable criticism = document.getTables().get(2);
            assertThat(criticism.getRows()).hasSize(3);
            assertThat(criticism.getRow(0).getCell(2).getText()).isEqualTo("相互批评意见");
            assertThat(criticism.getRow(1).getCell(0).getText()).isEqualTo("张建国");
            assertThat(criticism.getRow(1).getCell(1).getText()).contains("理论学习不够系统", "调查研究不够深入");
            assertThat(criticism.getRow(1).getCell(2).getText()).isEqualTo("建议多到基层一线调研。");
            assertThat(criticism.getRow(2).getCell(0).getText()).isEqualTo("李秀英");
            assertThat(criticism.getRow(2).getCell(2).getText()).isEmpty();
            assertThat(text(document)).contains("批评与自我批评", "主持人签名").doesNotContain("{{", "[姓名]");
        }
        try (XWPFDocument document = open(documents.docx(DocumentTemplate.MEETING_RECORD,
                SampleDocuments.meetingRecord(null).toModel()))) {
            assertThat(document.getTables()).hasSize(2);
            assertThat(text(document)).doesNotContain("批评与自我批评", "相互批评意见", "{{");
        }
    }

    @Test
    void backfillNoteAppearsOnlyWhenRecordedLate() throws IOException {
        byte[] late = documents.docx(DocumentTemplate.MEETING_RECORD,
                SampleDocuments.meetingRecord(LocalDate.of(2024, 3, 20)).toModel());

        try (XWPFDocument document = open(late)) {
            assertThat(text(document)).contains("本记录于2024-03-20补录");
        }
    }

    @Test
    void chineseTextNamesOfficialDocumentFontsOnA4() throws IOException {
        byte[] docx = documents.docx(DocumentTemplate.MEETING_RECORD, SampleDocuments.meetingRecord(null).toModel());

        try (XWPFDocument document = open(docx)) {
            XWPFRun title = document.getParagraphs().get(0).getRuns().get(0);
            assertThat(title.text()).isEqualTo("会议记录");
            assertThat(title.isBold()).isTrue();
            assertThat(title.getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(title.getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("方正小标宋简体");
            XWPFRun organization = document.getParagraphs().get(1).getRuns().get(0);
            assertThat(organization.getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
            assertThat(organization.getFontSizeAsDouble()).isBetween(14.0, 16.0);
            var pageSize = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(pageSize.getW().toString()).isEqualTo("11906");
            assertThat(pageSize.getH().toString()).isEqualTo("16838");
            String footer = document.getFooterList().stream().map(f -> f.getText()).collect(Collectors.joining());
            assertThat(footer).contains("第", "页 共", "页");
        }
    }

    @Test
    void attendanceSheetListsEveryMember() throws IOException {
        byte[] docx = documents.docx(DocumentTemplate.ATTENDANCE_SHEET, SampleDocuments.attendanceSheet().toModel());

        try (XWPFDocument document = open(docx)) {
            assertThat(text(document)).contains("签到表", "支部党员大会", "应到9人，实到7人，请假1人，缺席1人");
            XWPFTable roster = document.getTables().get(1);
            assertThat(roster.getRows()).hasSize(10);
            assertThat(roster.getRow(8).getCell(1).getText()).isEqualTo("周明辉");
            assertThat(roster.getRow(8).getCell(2).getText()).isEqualTo("请假");
            assertThat(roster.getRow(9).getCell(2).getText()).isEqualTo("缺席");
        }
    }

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static String text(XWPFDocument document) {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
