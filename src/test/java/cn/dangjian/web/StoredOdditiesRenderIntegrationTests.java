package cn.dangjian.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.life.Appraisals;
import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.CriticismNotes;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordAppraisal;
import cn.dangjian.life.RecordCriticismNote;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.life.RecordTalk;
import cn.dangjian.life.Rectifications;
import cn.dangjian.life.Talks;
import cn.dangjian.member.MemberForm;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.member.RosterEntry;
import cn.dangjian.recruitment.CaseFixtures;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.recruitment.RecruitmentAssemblies;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.TextKind;
import cn.dangjian.shared.Texts;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.PdfFiles;
import cn.dangjian.support.TestTree;
import cn.dangjian.support.WordFiles;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Nothing stored can break an export or a document: the worst values input allows (every text at its limit, with
 * markup, placeholders, NBSP, emoji, tabs and line breaks) plus rows written directly with SQL — control characters
 * the checks now refuse, and cells longer than Excel allows, as rows stored before V24 may hold — and then every
 * export and document over them: roster and findings exports, meeting records, attendance sheets and the ledger as
 * PDF and Word, the appraisal summary and every recruitment document including the 全程纪实.
 */
@IntegrationTest
@AutoConfigureMockMvc
class StoredOdditiesRenderIntegrationTests {

    static final String ODD = "<b>&amp;</b>\u00a0{{姓名}}${x}😀👨\u200d👩\u200d👧'\"";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    Members members;
    @Autowired
    Meetings meetings;
    @Autowired
    CriticismNotes notes;
    @Autowired
    Rectifications rectifications;
    @Autowired
    Talks talks;
    @Autowired
    Appraisals appraisals;
    @Autowired
    Recruitment recruitment;
    @Autowired
    RecruitmentAssemblies assemblies;
    @Autowired
    Compliance compliance;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyExportAndDocumentRendersTheWorstAllowedValuesAndRowsWrittenBehindTheChecks() throws Exception {
        AccessScope system = AccessScope.system();
        TestTree.Tree t = trees.build();
        LocalDate today = LocalDate.now();
        String caseName = "阿依古丽·" + "买".repeat(44);
        CaseFixtures.Walked walked = CaseFixtures.admitted(recruitment, assemblies, members, t, caseName);
        MemberForm plain = TestTree.member("x", t.a1(), MemberKind.FULL);
        long odd = members.create(system, new MemberForm("热依拉·" + "阿".repeat(45), plain.gender(), plain.ethnicity(),
                plain.birthDate(), plain.citizenId(), fill(ODD, TextKind.SHORT_TEXT), plain.education(), plain.degree(),
                fill(ODD, TextKind.SHORT_TEXT), null, fill(ODD, TextKind.SHORT_TEXT), "0816-1234567-801",
                plain.appliedOn(), plain.joinedOn(), plain.confirmedOn(), MemberKind.FULL, t.a1(), null, true, false, false));
        List<RosterEntry> roster = members.roster(system, t.a1());
        List<RecordMeeting.Attendance> allButOdd = roster.stream().map(r -> new RecordMeeting.Attendance(r.id(),
                r.id() == odd ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT,
                r.id() == odd ? fill(ODD, TextKind.TITLE) : null)).toList();
        String longText = "一、\t学习\n二、讨论\n" + ODD + "\n";
        long assembly = meetings.record(system, new RecordMeeting(t.a1(), MeetingType.BRANCH_ASSEMBLY, null,
                fill(ODD, TextKind.TITLE), null, today.minusDays(1).atTime(9, 0), fill(ODD, TextKind.SHORT_TEXT),
                walked.members()[0], walked.members()[1], allButOdd, List.of(new RecordMeeting.AgendaItem(
                fill(ODD, TextKind.TITLE), fill(longText, TextKind.LONG_TEXT), fill(longText, TextKind.LONG_TEXT),
                new RecordMeeting.Vote(3, 1, 0)))));
        List<RecordMeeting.Attendance> all = roster.stream()
                .map(r -> new RecordMeeting.Attendance(r.id(), AttendanceStatus.PRESENT, null)).toList();
        long orgLife = meetings.record(system, new RecordMeeting(t.a1(), MeetingType.ORG_LIFE_MEETING, null,
                fill(ODD, TextKind.TITLE), null, today.minusDays(1).atTime(14, 0), null, null, null, all,
                List.of(new RecordMeeting.AgendaItem("对照检查", fill(longText, TextKind.LONG_TEXT), null, null))));
        notes.record(system, orgLife, List.of(new RecordCriticismNote(odd, fill(longText, TextKind.LONG_TEXT),
                fill(longText, TextKind.LONG_TEXT), null)));
        rectifications.add(system, orgLife, fill(longText, TextKind.LONG_TEXT), fill(longText, TextKind.LONG_TEXT), odd,
                today.plusDays(30));
        talks.record(system, new RecordTalk(t.a1(), today, walked.members()[0], odd, fill(ODD, TextKind.TITLE),
                fill(longText, TextKind.LONG_TEXT)));
        List<RecordAppraisal.Entry> entries = new ArrayList<>();
        roster.forEach(r -> entries.add(r.id() == odd
                ? new RecordAppraisal.Entry(odd, fill(longText, TextKind.LONG_TEXT), List.of(roster.size(), 0, 0, 0), "优秀",
                fill(longText, TextKind.LONG_TEXT))
                : new RecordAppraisal.Entry(r.id(), null, List.of(), "合格", null)));
        appraisals.record(system, new RecordAppraisal(t.a1(), today.getYear(), today, null, entries));
        compliance.reevaluateSubtree(t.root());

        // rows written behind the checks: control characters, and cells longer than Excel holds (as before V24)
        jdbc.sql("UPDATE member SET name = '王' || chr(7) || '一' || chr(27) || '号' WHERE id = :id")
                .param("id", walked.members()[0]).update();
        jdbc.sql("UPDATE org_unit SET name = name || chr(27) || '[0m' WHERE id = :id").param("id", t.a1()).update();
        jdbc.sql("UPDATE meeting SET topic = topic || chr(1), place = chr(8) || '会议室' WHERE id = :id")
                .param("id", walked.meetingId()).update();
        jdbc.sql("UPDATE meeting_attendance SET member_name = member_name || chr(7), reason = chr(27) || '出差' "
                + "WHERE meeting_id = :id").param("id", walked.meetingId()).update();
        jdbc.sql("UPDATE meeting_agenda_item SET minutes = chr(11) || coalesce(minutes, '') || chr(12), decision = chr(31) "
                + "WHERE meeting_id = :id").param("id", walked.meetingId()).update();
        jdbc.sql("UPDATE recruitment_case SET name = name || chr(7) WHERE id = :id").param("id", walked.caseId()).update();
        jdbc.sql("UPDATE recruitment_step SET note = chr(2) || coalesce(note, '') WHERE case_id = :id")
                .param("id", walked.caseId()).update();
        jdbc.sql("UPDATE appraisal_result SET note = chr(31) || '备注' WHERE member_id = :id")
                .param("id", walked.members()[1]).update();
        storedBeforeTheLimits("member", "native_place", 100, "WHERE id = " + odd);
        storedBeforeTheLimits("compliance_finding", "explanation", TextKind.LONG_TEXT.limit(),
                "WHERE org_id IN (" + t.a() + ", " + t.a1() + ", " + t.a2() + ")");

        String secretary = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        assertThat(spreadsheet(download("/api/v1/members/export?orgId=" + t.a(), secretary))).contains("王一号");
        spreadsheet(download("/compliance/findings.xlsx?orgId=" + t.a(), secretary));
        for (long meeting : new long[] {walked.meetingId(), assembly, orgLife}) {
            for (String document : List.of("record", "attendance")) {
                assertDocuments("/meetings/" + meeting + "/" + document, "", secretary);
            }
        }
        for (int year : new int[] {CaseFixtures.ASSEMBLY_ON.getYear(), today.getYear()}) {
            assertDocuments("/meetings/ledger", "?orgId=" + t.a1() + "&year=" + year, secretary);
        }
        assertDocuments("/appraisals/summary", "?orgId=" + t.a1() + "&year=" + today.getYear(), secretary);
        for (String kind : List.of("activist-register", "public-notice", "assembly-resolution", "full-record")) {
            assertDocuments("/recruitment/cases/" + walked.caseId() + "/documents/" + kind, "", secretary);
        }
        String sheet = PdfFiles.text(download("/meetings/" + assembly + "/attendance.pdf", secretary));
        assertThat(sheet).contains("热依拉·阿阿");
        String fullRecord = WordFiles.text(download("/recruitment/cases/" + walked.caseId() + "/documents/full-record.docx",
                secretary));
        assertThat(fullRecord).contains(caseName);
        assertThat(WordFiles.text(download("/meetings/" + assembly + "/record.docx", secretary))).contains("{{姓名}}${x}");
    }

    /** A row as stored before V24 added its limit: far longer than the limit, and than a spreadsheet cell. */
    private void storedBeforeTheLimits(String table, String column, int limit, String where) {
        String constraint = table + "_" + column + "_length";
        jdbc.sql("ALTER TABLE " + table + " DROP CONSTRAINT " + constraint).update();
        try {
            int updated = jdbc.sql("UPDATE " + table + " SET " + column + " = repeat('长', 40000) || chr(7) || '尾' " + where)
                    .update();
            assertThat(updated).as("rows of %s to lengthen", table).isPositive();
        } finally {
            jdbc.sql("ALTER TABLE " + table + " ADD CONSTRAINT " + constraint + " CHECK (char_length(" + column + ") <= "
                    + limit + ") NOT VALID").update();
        }
    }

    private byte[] download(String url, String user) throws Exception {
        MvcResult result = mvc.perform(get(url).with(httpBasic(user, TestTree.PASSWORD))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsByteArray();
    }

    private void assertDocuments(String path, String query, String user) throws Exception {
        byte[] pdf = download(path + ".pdf" + query, user);
        assertThat(PdfFiles.text(pdf)).as(path).isNotEmpty().doesNotContain("\u0007", "\u001b");
        String word = WordFiles.text(download(path + ".docx" + query, user));
        assertThat(word).as(path).isNotEmpty().doesNotContain("\u0007", "\u001b", "\u0001", "\u0002", "\u001f");
    }

    /** Opens, holds no cell beyond Excel's limit nor a control character, and marks the cut of the long ones. */
    private static List<String> spreadsheet(byte[] xlsx) throws Exception {
        double ratio = ZipSecureFile.getMinInflateRatio();
        ZipSecureFile.setMinInflateRatio(0.0001); // 40,000 times the same character compresses beyond POI's default
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> cells = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
            assertThat(cells).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(Texts.CELL_LIMIT))
                    .noneMatch(c -> c.contains("\u0007"))
                    .anyMatch(c -> c.startsWith("长长长") && c.endsWith("已截断，原文40001字）"));
            return cells;
        } finally {
            ZipSecureFile.setMinInflateRatio(ratio);
        }
    }

    /** {@code text} repeated and cut to exactly the limit of {@code kind}. */
    static String fill(String text, TextKind kind) {
        StringBuilder out = new StringBuilder();
        while (out.codePointCount(0, out.length()) < kind.limit()) {
            out.append(text);
        }
        String s = out.toString();
        String cut = s.substring(0, s.offsetByCodePoints(0, kind.limit()));
        return Character.isWhitespace(cut.codePointBefore(cut.length())) ? cut.substring(0, cut.length() - 1) + "末" : cut;
    }
}
