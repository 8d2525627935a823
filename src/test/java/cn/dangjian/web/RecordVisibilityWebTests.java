package cn.dangjian.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.life.Appraisals;
import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.CriticismNotes;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordAppraisal;
import cn.dangjian.life.RecordCriticismNote;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.life.RecordTalk;
import cn.dangjian.life.Talks;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Record-level visibility inside one branch (docs/decisions/0004-record-level-visibility.md): an ordinary member
 * (仅本人) of branch A1 sees their own talks, appraisal result, criticism note and the meetings they were expected
 * at — never a colleague's talk, grade, leave reason or note, the roster for recording, or the branch's documents
 * — while the branch secretary sees all of them.
 */
@IntegrationTest
@AutoConfigureMockMvc
class RecordVisibilityWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    Members members;
    @Autowired
    Meetings meetings;
    @Autowired
    Talks talks;
    @Autowired
    Appraisals appraisals;
    @Autowired
    CriticismNotes criticismNotes;

    TestTree.Tree t;
    String member;
    String secretary;
    long meeting;
    int year;

    @BeforeEach
    void branchWithPrivateRecords() {
        AccessScope system = AccessScope.system();
        t = trees.build();
        long colleague = members.create(system, TestTree.member("赵同事", t.a1(), MemberKind.FULL));
        long third = members.create(system, TestTree.member("钱同事", t.a1(), MemberKind.FULL));
        member = trees.account("MEMBER", t.a1(), t.memberA1());
        secretary = trees.account("BRANCH_SECRETARY", t.a1(), colleague);
        LocalDate yesterday = LocalDate.now().minusDays(1);
        year = yesterday.getYear();
        talks.record(system, new RecordTalk(t.a1(), yesterday, colleague, third, "家庭困难谈心", "协调解决住房"));
        talks.record(system, new RecordTalk(t.a1(), yesterday, colleague, t.memberA1(), "工作调整谈话", null));
        appraisals.record(system, new RecordAppraisal(t.a1(), year, yesterday, null, List.of(
                new RecordAppraisal.Entry(t.memberA1(), "本人自评", null, "合格", null),
                new RecordAppraisal.Entry(colleague, "书记自评", null, "优秀", null),
                new RecordAppraisal.Entry(third, "同事自评", null, "不合格", "长期不参加组织生活"))));
        LocalDateTime held = yesterday.atTime(14, 0);
        meeting = meetings.record(system, new RecordMeeting(t.a1(), MeetingType.ORG_LIFE_MEETING, null, "年度组织生活会",
                null, held, null, colleague, colleague, List.of(
                new RecordMeeting.Attendance(t.memberA1(), AttendanceStatus.PRESENT, null),
                new RecordMeeting.Attendance(colleague, AttendanceStatus.PRESENT, null),
                new RecordMeeting.Attendance(third, AttendanceStatus.EXCUSED, "住院治疗抑郁症")),
                List.of(new RecordMeeting.AgendaItem("批评与自我批评", "逐一发言", null, null))));
        criticismNotes.record(system, meeting, List.of(
                new RecordCriticismNote(t.memberA1(), "学习不够深入", null, null),
                new RecordCriticismNote(colleague, "书记的自我批评", "同事对书记的批评意见", null)));
    }

    @Test
    void aMemberSeesOnlyTheTalksTheyTookPartIn() throws Exception {
        mvc.perform(get("/api/v1/talks").param("orgId", id(t.a1())).param("year", String.valueOf(year))
                        .with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].topic").value("工作调整谈话"))
                .andExpect(content().string(not(containsString("家庭困难"))));
        mvc.perform(get("/api/v1/talks").param("orgId", id(t.a1())).param("year", String.valueOf(year))
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get("/api/v1/talks/coverage").param("orgId", id(t.a1())).param("year", String.valueOf(year))
                        .with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("钱同事"))));
        mvc.perform(get("/talks").param("orgId", id(t.a1())).with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("家庭困难"))));
    }

    @Test
    void aMemberSeesOnlyTheirOwnAppraisalResultAndNoSummary() throws Exception {
        mvc.perform(get("/api/v1/appraisals").param("orgId", id(t.a1())).param("year", String.valueOf(year))
                        .with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results", hasSize(1)))
                .andExpect(jsonPath("$.results[0].grade").value("合格"))
                .andExpect(content().string(not(containsString("同事自评"))))
                .andExpect(content().string(not(containsString("长期不参加"))));
        mvc.perform(get("/api/v1/appraisals").param("orgId", id(t.a1())).param("year", String.valueOf(year))
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(jsonPath("$.results", hasSize(3)));
        for (String format : List.of("pdf", "docx")) {
            mvc.perform(get("/appraisals/summary." + format).param("orgId", id(t.a1()))
                            .param("year", String.valueOf(year)).with(httpBasic(member, TestTree.PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/appraisals/summary." + format).param("orgId", id(t.a1()))
                            .param("year", String.valueOf(year)).with(httpBasic(secretary, TestTree.PASSWORD)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void anAttendeeSeesTheMeetingButNotColleaguesLeaveReasonsNotesOrDocuments() throws Exception {
        mvc.perform(get("/api/v1/meetings/{id}", meeting).with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attendance", hasSize(3)))
                .andExpect(content().string(containsString("钱同事")))
                .andExpect(content().string(not(containsString("抑郁症"))));
        mvc.perform(get("/meetings/{id}", meeting).with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("抑郁症"))))
                .andExpect(content().string(not(containsString("同事对书记的批评意见"))));
        mvc.perform(get("/api/v1/meetings/{id}", meeting).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("抑郁症")));
        mvc.perform(get("/api/v1/meetings/{id}/criticism-notes", meeting).with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].selfCriticism").value("学习不够深入"));
        mvc.perform(get("/api/v1/meetings/{id}/criticism-notes", meeting).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(jsonPath("$", hasSize(2)));
        for (String document : List.of("record.pdf", "record.docx", "attendance.pdf", "attendance.docx")) {
            mvc.perform(get("/meetings/{id}/" + document, meeting).with(httpBasic(member, TestTree.PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/meetings/ledger.pdf").param("orgId", id(t.a1())).param("year", String.valueOf(year))
                        .with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/meetings/{id}/record.pdf", meeting).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void theRosterForRecordingIsForThoseWhoRecord() throws Exception {
        mvc.perform(get("/api/v1/meetings/draft").param("orgId", id(t.a1())).param("type", "THEME_DAY")
                        .with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("钱同事"))));
        mvc.perform(get("/meetings/new").param("orgId", id(t.a1())).param("type", "THEME_DAY").with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("钱同事"))));
        mvc.perform(get("/api/v1/members").param("orgId", id(t.a1())).with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(content().string(not(containsString("钱同事"))));
        mvc.perform(get("/api/v1/meetings/draft").param("orgId", id(t.a1())).param("type", "THEME_DAY")
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("钱同事")));
    }

    @Test
    void aMemberStillSeesTheirOwnBranchAndItsCommittee() throws Exception {
        mvc.perform(get("/api/v1/orgs/{id}", t.a1()).with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(t.a1()));
        mvc.perform(get("/api/v1/orgs/{id}", t.a2()).with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/meetings").with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(jsonPath("$.total").value(1));
    }

    private static String id(long id) {
        return String.valueOf(id);
    }
}
