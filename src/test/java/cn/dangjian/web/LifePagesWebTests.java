package cn.dangjian.web;

import java.time.LocalDate;

import java.util.List;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The organizational-life pages a secretary and the higher organization use, through the browser's forms. */
@IntegrationTest
@AutoConfigureMockMvc
class LifePagesWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    cn.dangjian.life.Meetings meetings;
    @Autowired
    Members members;

    @Test
    void talksAndAppraisalsAreRecordedThroughTheirPages() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        int year = LocalDate.now().getYear();

        mvc.perform(get("/talks").param("orgId", String.valueOf(t.a1())).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("谈心谈话")));
        mvc.perform(post("/talks").param("orgId", String.valueOf(t.a1())).param("talkedOn", LocalDate.now().toString())
                        .param("initiatorId", String.valueOf(t.memberA1())).param("partnerId", String.valueOf(t.memberA1()))
                        .param("topic", "谈心").with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", containsString("不能与谈话人是同一人")));

        mvc.perform(get("/appraisals").param("orgId", String.valueOf(t.a1())).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("保存评议结果")));
        mvc.perform(post("/appraisals").param("orgId", String.valueOf(t.a1())).param("year", String.valueOf(year))
                        .param("heldOn", LocalDate.now().toString()).param("grade_" + t.memberA1(), "优秀")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/appraisals").param("orgId", String.valueOf(t.a1())).param("year", String.valueOf(year))
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("优秀 1人")));
        byte[] pdf = mvc.perform(get("/appraisals/summary.pdf").param("orgId", String.valueOf(t.a1()))
                        .param("year", String.valueOf(year)).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
            org.assertj.core.api.Assertions.assertThat(text).contains("民主评议党员汇总表").contains("王一")
                    .contains("参评党员1人：优秀1人");
        }
    }

    @Test
    void theAppraisalFormTakesPeerVotesPerGradeOfALocalGradeSetAndKeepsWhatWasTypedOnError() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        long m1 = t.memberA1();
        long m2 = members.create(AccessScope.system(), TestTree.member("张三", t.a1(), MemberKind.FULL));
        String org = String.valueOf(t.a1());
        String year = String.valueOf(LocalDate.now().getYear());
        String today = LocalDate.now().toString();

        mvc.perform(get("/appraisals").param("orgId", org).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"优秀、合格、基本合格、不合格\"")))
                .andExpect(content().string(containsString("name=\"votes_" + m2 + "_3\"")));
        mvc.perform(post("/appraisals").param("orgId", org).param("year", year).param("heldOn", today)
                        .param("gradeSet", "优秀,合格，不合格").param("shownGrades", "优秀、合格、基本合格、不合格")
                        .param("self_" + m1, "带头学习").param("votes_" + m1 + "_0", "2")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已按等次“优秀、合格、不合格”重排表格")))
                .andExpect(content().string(containsString("value=\"带头学习\"")))
                .andExpect(content().string(containsString("name=\"votes_" + m2 + "_2\"")))
                .andExpect(content().string(not(containsString("name=\"votes_" + m2 + "_3\""))));

        mvc.perform(post("/appraisals").param("orgId", org).param("year", year).param("heldOn", today)
                        .param("gradeSet", "优秀、合格、不合格").param("shownGrades", "优秀、合格、不合格")
                        .param("self_" + m1, "带头学习").param("votes_" + m1 + "_0", "2")
                        .param("votes_" + m1 + "_1", "").param("votes_" + m1 + "_2", "0").param("grade_" + m1, "优秀")
                        .param("votes_" + m2 + "_0", "-1").param("votes_" + m2 + "_1", "2").param("votes_" + m2 + "_2", "0")
                        .param("grade_" + m2, "合格").param("note_" + m2, "预备期满转正")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(" 民主测评“合格”票数：未填写：各等次票数应全部填写或全部留空")))
                .andExpect(content().string(containsString("张三 民主测评“优秀”票数：不能为负数")))
                .andExpect(content().string(containsString("value=\"带头学习\"")))
                .andExpect(content().string(containsString("value=\"-1\" aria-label=\"张三 民主测评“优秀”票数\"")))
                .andExpect(content().string(containsString("value=\"预备期满转正\"")))
                .andExpect(content().string(containsString("<option value=\"优秀\" selected=\"selected\">优秀</option>")));
        mvc.perform(post("/appraisals").param("orgId", org).param("year", year).param("heldOn", today)
                        .param("gradeSet", "优秀、合格、不合格").param("shownGrades", "优秀、合格、不合格")
                        .param("votes_" + m1 + "_0", "1.5").param("grade_" + m1, "优秀")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(" 民主测评“优秀”票数：“1.5”不是整数")))
                .andExpect(content().string(containsString("value=\"1.5\"")));
        mvc.perform(get("/appraisals").param("orgId", org).param("year", year).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("保存评议结果")));

        mvc.perform(post("/appraisals").param("orgId", org).param("year", year).param("heldOn", today)
                        .param("gradeSet", "优秀、合格、不合格").param("shownGrades", "优秀、合格、不合格")
                        .param("self_" + m1, "带头学习").param("votes_" + m1 + "_0", "1")
                        .param("votes_" + m1 + "_1", "1").param("votes_" + m1 + "_2", "0").param("grade_" + m1, "优秀")
                        .param("votes_" + m2 + "_0", "0").param("votes_" + m2 + "_1", "2").param("votes_" + m2 + "_2", "0")
                        .param("grade_" + m2, "合格")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/appraisals").param("orgId", org).param("year", year).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("民主测评（优秀/合格/不合格票数）")))
                .andExpect(content().string(containsString("<td>1/1/0</td>")))
                .andExpect(content().string(containsString("<td>0/2/0</td>")))
                .andExpect(content().string(containsString("优秀 1人，")));
    }

    @Test
    void anOrganizationalLifeMeetingPageTakesRectificationItemsThatThePlanThenLists() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        long meeting = meetings.record(cn.dangjian.shared.AccessScope.system(), new cn.dangjian.life.RecordMeeting(
                t.a1(), cn.dangjian.life.MeetingType.ORG_LIFE_MEETING, null, "年度组织生活会", null,
                LocalDate.now().minusDays(1).atTime(14, 0), null, null, null,
                java.util.List.of(new cn.dangjian.life.RecordMeeting.Attendance(t.memberA1(),
                        cn.dangjian.life.AttendanceStatus.PRESENT, null)),
                java.util.List.of(new cn.dangjian.life.RecordMeeting.AgendaItem("批评与自我批评", null, null, null))));
        mvc.perform(post("/meetings/{id}/rectifications", meeting).param("problem", "联系群众不够")
                        .param("measure", "每季度走访基层一次").param("ownerId", String.valueOf(t.memberA1()))
                        .param("dueOn", LocalDate.now().plusMonths(3).toString())
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/meetings/{id}", meeting).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("每季度走访基层一次")));
        mvc.perform(get("/meetings/plan").param("orgId", String.valueOf(t.a1())).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("联系群众不够")));
    }

    @Test
    void criticismNotesAreTypedOnTheMeetingPageKeptOnErrorAndPrintedInTheRecord() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String sibling = trees.account("BRANCH_SECRETARY", t.a2(), t.memberA2());
        long away = members.create(AccessScope.system(), TestTree.member("请假党员", t.a1(), MemberKind.FULL));
        long meeting = meetings.record(AccessScope.system(), new RecordMeeting(t.a1(), MeetingType.ORG_LIFE_MEETING,
                null, "年度组织生活会", null, LocalDate.now().minusDays(1).atTime(14, 0), null, null, null,
                List.of(new RecordMeeting.Attendance(t.memberA1(), AttendanceStatus.PRESENT, null),
                        new RecordMeeting.Attendance(away, AttendanceStatus.EXCUSED, "因公出差")),
                List.of(new RecordMeeting.AgendaItem("批评与自我批评", null, null, null))));

        mvc.perform(get("/meetings/{id}", meeting).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"self_" + t.memberA1() + "\"")))
                .andExpect(content().string(not(containsString("name=\"self_" + away + "\""))));
        mvc.perform(post("/meetings/{id}/criticism-notes", meeting)
                        .param("self_" + t.memberA1(), "对照党章查摆：理论学习不够系统").param("received_" + t.memberA1(), "")
                        .param("version_" + t.memberA1(), "").param("self_" + away, "替请假党员写的")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请假党员未出席本次组织生活会（请假）")))
                .andExpect(content().string(containsString("对照党章查摆：理论学习不够系统</textarea>")));
        mvc.perform(get("/meetings/{id}", meeting).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(not(containsString("对照党章查摆"))));

        mvc.perform(post("/meetings/{id}/criticism-notes", meeting)
                        .param("self_" + t.memberA1(), "对照党章查摆：理论学习不够系统")
                        .param("received_" + t.memberA1(), "同志们提出：下基层调研偏少").param("version_" + t.memberA1(), "")
                        .with(httpBasic(sibling, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/meetings/{id}/criticism-notes", meeting)
                        .param("self_" + t.memberA1(), "对照党章查摆：理论学习不够系统")
                        .param("received_" + t.memberA1(), "同志们提出：下基层调研偏少").param("version_" + t.memberA1(), "")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/{id}/criticism-notes", meeting)
                        .param("self_" + t.memberA1(), "另一位书记同时录入的内容").param("received_" + t.memberA1(), "")
                        .param("version_" + t.memberA1(), "").with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("的批评与自我批评已被他人修改，请核对后重新保存")))
                .andExpect(content().string(containsString("另一位书记同时录入的内容</textarea>")))
                .andExpect(content().string(containsString("当前已保存：同志们提出：下基层调研偏少")))
                .andExpect(content().string(containsString("name=\"version_" + t.memberA1() + "\" value=\"0\"")));
        String member = trees.account("MEMBER", t.a1(), t.memberA1());
        mvc.perform(get("/meetings/{id}", meeting).with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("同志们提出：下基层调研偏少")))
                .andExpect(content().string(not(containsString("criticism-form"))));

        byte[] docx = mvc.perform(get("/meetings/{id}/record.docx", meeting).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
            assertThat(extractor.getText()).contains("批评与自我批评", "对照党章查摆：理论学习不够系统",
                    "同志们提出：下基层调研偏少").doesNotContain("替请假党员写的");
        }
        byte[] pdf = mvc.perform(get("/meetings/{id}/record.pdf", meeting).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("相互批评意见", "对照党章查摆：理论学习不够系统", "同志们提出：下基层调研偏少");
        }
    }

    @Test
    void aStudyPlanIsDraftedMonthByMonthAndStaysInTheBranch() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String sibling = trees.account("BRANCH_SECRETARY", t.a2(), t.memberA2());
        mvc.perform(post("/study-plans").param("orgId", String.valueOf(t.a1())).param("year", "2027")
                        .param("topic_3", "学习《中国共产党支部工作条例（试行）》").param("format_3", "集中学习")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/study-plans").param("orgId", String.valueOf(t.a1())).param("year", "2027")
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("学习《中国共产党支部工作条例（试行）》")));
        mvc.perform(get("/study-plans").param("orgId", String.valueOf(t.a1())).param("year", "2027")
                        .with(httpBasic(sibling, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theYearlyLedgerIsGeneratedFromTheRecordedMeetings() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        int year = LocalDate.now().getYear() - 1;
        for (String topic : new String[] {"学习党章", "重温入党誓词"}) {
            meetings.record(cn.dangjian.shared.AccessScope.system(), new cn.dangjian.life.RecordMeeting(t.a1(),
                    cn.dangjian.life.MeetingType.THEME_DAY, null, topic, null,
                    LocalDate.of(year, topic.length() == 4 ? 3 : 4, 10).atTime(9, 0), null, t.memberA1(), null,
                    java.util.List.of(new cn.dangjian.life.RecordMeeting.Attendance(t.memberA1(),
                            cn.dangjian.life.AttendanceStatus.PRESENT, null)),
                    java.util.List.of(new cn.dangjian.life.RecordMeeting.AgendaItem(topic, null, null, null))));
        }
        byte[] pdf = mvc.perform(get("/meetings/ledger.pdf").param("orgId", String.valueOf(t.a1()))
                        .param("year", String.valueOf(year)).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
            org.assertj.core.api.Assertions.assertThat(text).contains("三会一课台账").contains("学习党章")
                    .contains("重温入党誓词").contains("主题党日2次");
        }
        byte[] quarter = mvc.perform(get("/meetings/ledger.docx").param("orgId", String.valueOf(t.a1()))
                        .param("year", String.valueOf(year)).param("quarter", "2")
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(quarter));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
            org.assertj.core.api.Assertions.assertThat(extractor.getText()).contains("第二季度").contains("重温入党誓词")
                    .contains("王一").doesNotContain("学习党章");
        }
    }

    @Test
    void theHigherOrganizationOpensTheOverviewButASiblingSecretaryCannot() throws Exception {
        TestTree.Tree t = trees.build();
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        String sibling = trees.account("BRANCH_SECRETARY", t.a2(), t.memberA2());
        mvc.perform(get("/meetings/overview").param("orgId", String.valueOf(t.a())).with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试局第一党支部")))
                .andExpect(content().string(containsString("党员领导干部参加双重组织生活情况")))
                .andExpect(content().string(containsString("id=\"rollup-table\"")))
                .andExpect(content().string(containsString("年第四季度")));
        mvc.perform(get("/meetings/overview").param("orgId", String.valueOf(t.a())).param("year", "2025")
                        .param("quarter", "4").with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("各下级组织召开会议次数（2025年第四季度）")));
        mvc.perform(get("/meetings/overview").param("orgId", String.valueOf(t.a())).with(httpBasic(sibling, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/meetings/plan").param("orgId", String.valueOf(t.a1())).with(httpBasic(sibling, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOverviewShowsTheGapsTableToTheCommitteeAndRefusesAnUnknownSortType() throws Exception {
        TestTree.Tree t = trees.build();
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        mvc.perform(get("/meetings/overview").param("orgId", String.valueOf(t.a())).param("sortType", "THEME_DAY")
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"gaps-table\"")))
                .andExpect(content().string(containsString("各党支部未按期召开情况")))
                .andExpect(content().string(containsString("只看有缺口的支部")))
                .andExpect(content().string(containsString("测试局第一党支部")));
        mvc.perform(get("/meetings/overview").param("orgId", String.valueOf(t.a())).param("sortType", "NO_SUCH_TYPE")
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest());
    }
}
