package cn.dangjian.life;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.documents.CustomTemplates;
import cn.dangjian.documents.DocumentTemplate;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import cn.dangjian.support.WordFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's own Word format reaches every Word document organizational life produces: the template of the
 * nearest organization on the path wins (the branch's own, else its 机关党委's), else the built-in one.
 */
@IntegrationTest
class UnitTemplatesIntegrationTests {

    private static final String COMMITTEE_FORMAT = "机关党委统一会议记录格式";
    private static final String BRANCH_FORMAT = "第一支部自定会议记录格式";

    @Autowired
    Meetings meetings;
    @Autowired
    MeetingDocuments documents;
    @Autowired
    Appraisals appraisals;
    @Autowired
    CustomTemplates templates;
    @Autowired
    TestTree trees;

    private final AccessScope system = AccessScope.system();

    @Test
    void aCommitteesFormatReachesBothItsBranchesButNoOtherOrganization() {
        TestTree.Tree t = trees.build();
        TestTree.Tree other = trees.build();
        templates.upload(system, t.a(), DocumentTemplate.MEETING_RECORD, "会议记录.docx",
                recordTemplate(COMMITTEE_FORMAT));

        String a1 = WordFiles.text(documents.recordDocx(system, meeting(t.a1(), t.memberA1())));
        assertThat(a1).contains(COMMITTEE_FORMAT, "测试局第一党支部", "讨论事项").doesNotContain("{{", "记录人签名");
        String a2 = WordFiles.text(documents.recordDocx(system, meeting(t.a2(), t.memberA2())));
        assertThat(a2).contains(COMMITTEE_FORMAT, "测试局第二党支部");
        String outside = WordFiles.text(documents.recordDocx(system, meeting(other.a1(), other.memberA1())));
        assertThat(outside).doesNotContain(COMMITTEE_FORMAT).contains("会议记录", "记录人签名", "学习党章第一章");
    }

    @Test
    void aBranchsOwnFormatOverridesItsCommitteesAndRemovingItFallsBackStepByStep() {
        TestTree.Tree t = trees.build();
        long inA1 = meeting(t.a1(), t.memberA1());
        long inA2 = meeting(t.a2(), t.memberA2());
        templates.upload(system, t.a(), DocumentTemplate.MEETING_RECORD, "党委格式.docx",
                recordTemplate(COMMITTEE_FORMAT));
        templates.upload(system, t.a1(), DocumentTemplate.MEETING_RECORD, "支部格式.docx",
                recordTemplate(BRANCH_FORMAT));

        assertThat(WordFiles.text(documents.recordDocx(system, inA1))).contains(BRANCH_FORMAT)
                .doesNotContain(COMMITTEE_FORMAT);
        assertThat(WordFiles.text(documents.recordDocx(system, inA2))).contains(COMMITTEE_FORMAT)
                .doesNotContain(BRANCH_FORMAT);

        templates.remove(system, t.a1(), DocumentTemplate.MEETING_RECORD);
        assertThat(WordFiles.text(documents.recordDocx(system, inA1))).contains(COMMITTEE_FORMAT)
                .doesNotContain(BRANCH_FORMAT);

        templates.remove(system, t.a(), DocumentTemplate.MEETING_RECORD);
        assertThat(WordFiles.text(documents.recordDocx(system, inA1))).doesNotContain(COMMITTEE_FORMAT)
                .contains("记录人签名");
    }

    @Test
    void theAttendanceSheetLedgerAndAppraisalSummaryUseTheFormatButPdfsKeepTheBuiltInLayout() throws Exception {
        TestTree.Tree t = trees.build();
        templates.upload(system, t.a(), DocumentTemplate.ATTENDANCE_SHEET, null,
                WordFiles.paragraphs("本局签到表格式 {{组织名称}} 实到{{实到人数}}人"));
        templates.upload(system, t.a(), DocumentTemplate.MEETING_LEDGER, null,
                WordFiles.paragraphs("本局台账格式 {{组织名称}} {{期间}} {{汇总}}"));
        templates.upload(system, t.a(), DocumentTemplate.APPRAISAL_SUMMARY, null,
                WordFiles.paragraphs("本局评议汇总格式 {{年度}}年 {{汇总}}"));
        long meeting = meeting(t.a1(), t.memberA1());
        int year = LocalDate.now().minusDays(1).getYear();
        appraisals.record(system, new RecordAppraisal(t.a1(), year, LocalDate.now().minusDays(1), null,
                List.of(new RecordAppraisal.Entry(t.memberA1(), null, null, "优秀", null))));

        assertThat(WordFiles.text(documents.attendanceDocx(system, meeting)))
                .contains("本局签到表格式 测试局第一党支部", "实到1人");
        assertThat(WordFiles.text(documents.ledger(system, t.a1(), year, null, false)))
                .contains("本局台账格式", year + "年", "主题党日1次");
        assertThat(WordFiles.text(appraisals.summary(system, t.a1(), year, false)))
                .contains("本局评议汇总格式 " + year + "年", "优秀1人");

        try (var pdf = Loader.loadPDF(documents.attendancePdf(system, meeting))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains("签到表").doesNotContain("本局签到表格式");
        }
    }

    /** A 会议记录 format of the unit's own: a distinctive heading, and the agenda as a repeated table row. */
    private static byte[] recordTemplate(String heading) {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText(heading + "：{{组织名称}}");
            doc.createParagraph().createRun().setText("主持人：{{主持人}}　时间：{{会议时间}}");
            var table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("讨论事项{{议程}}");
            table.getRow(0).getCell(1).setText("决议");
            table.getRow(1).getCell(0).setText("[议题]");
            table.getRow(1).getCell(1).setText("[决议]");
            var out = new java.io.ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long meeting(long orgId, long memberId) {
        LocalDateTime yesterday = LocalDate.now().minusDays(1).atTime(9, 0);
        return meetings.record(system, new RecordMeeting(orgId, MeetingType.THEME_DAY, null, "学习党章", null,
                yesterday, "会议室", memberId, null,
                List.of(new RecordMeeting.Attendance(memberId, AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem("学习党章第一章", "逐条学习", "抓好落实", null))));
    }
}
