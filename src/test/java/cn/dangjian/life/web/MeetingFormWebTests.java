package cn.dangjian.life.web;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.MeetingView;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.Committees;
import cn.dangjian.org.NewTerm;
import cn.dangjian.org.TermFormation;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.PdfFiles;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The recording form as the branch secretary uses it: it opens filled in (time, place, 主持人, 记录人 from the
 * branch's last meeting of the type, everyone 出席), the topic is the first agenda item, a vote left uncounted is
 * every voter present in favour, counts above the voters present are refused, and a refused save or 添加议题 shows
 * everything as typed.
 */
@IntegrationTest
@AutoConfigureMockMvc
class MeetingFormWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    Members members;
    @Autowired
    Meetings meetings;
    @Autowired
    Committees committees;

    private final AccessScope system = AccessScope.system();
    private TestTree.Tree t;
    private long zhao;
    private long qian;
    private long sun;
    private String secretary;

    @BeforeEach
    void branchOfFour() {
        t = trees.build();
        zhao = members.create(system, TestTree.member("赵书记", t.a1(), MemberKind.FULL));
        qian = members.create(system, TestTree.member("钱组织", t.a1(), MemberKind.FULL));
        sun = members.create(system, TestTree.member("孙纪检", t.a1(), MemberKind.FULL));
        committees.recordTerm(system, t.a1(), new NewTerm(1, LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1),
                TermFormation.ELECTED, List.of(new NewTerm.Assignment(CommitteePost.SECRETARY, zhao),
                new NewTerm.Assignment(CommitteePost.ORGANIZATION_MEMBER, qian),
                new NewTerm.Assignment(CommitteePost.DISCIPLINE_MEMBER, sun))));
        secretary = trees.account("BRANCH_SECRETARY", t.a1(), zhao);
    }

    @Test
    void theFormOpensWithTheBranchsLastAssemblyTimePlaceChairAndRecorderAndEveryonePresent() throws Exception {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        meetings.record(system, new RecordMeeting(t.a1(), MeetingType.BRANCH_ASSEMBLY, null, "上次党员大会", null,
                yesterday.atTime(0, 0), "三楼会议室", qian, sun, everyone(AttendanceStatus.PRESENT),
                List.of(new RecordMeeting.AgendaItem("学习", null, null, null))));

        String html = page(get("/meetings/new").param("orgId", id(t.a1())).param("type", "BRANCH_ASSEMBLY"));

        assertThat(html).contains("name=\"heldAt\" value=\"" + LocalDate.now() + "T00:00\"")
                .contains("name=\"place\" value=\"三楼会议室\"");
        assertThat(selected(html, "hostMemberId")).isEqualTo(qian);
        assertThat(selected(html, "recorderMemberId")).isEqualTo(sun);
        for (long member : List.of(t.memberA1(), zhao, qian, sun)) {
            assertThat(checkedStatus(html, member)).isEqualTo("PRESENT");
        }
    }

    @Test
    void withoutAnEarlierMeetingTheSecretaryChairsAndNothingElseIsGuessed() throws Exception {
        String html = page(get("/meetings/new").param("orgId", id(t.a1())).param("type", "COMMITTEE_MEETING"));

        assertThat(selected(html, "hostMemberId")).isEqualTo(zhao);
        assertThat(selected(html, "recorderMemberId")).isNull();
        assertThat(html).contains("name=\"place\" value=\"\"").contains("name=\"heldAt\" value=\"" + LocalDate.now());
    }

    @Test
    void theTopicIsTheFirstAgendaItemAndAnUncountedVoteIsEveryVoterPresentInFavour() throws Exception {
        String location = mvc.perform(save("研究发展党员工作", sun, "EXCUSED").param("hostMemberId", id(zhao))
                        .param("reasonChoice_" + sun, "外出培训")
                        .param("itemTitle", "", "第二项").param("itemMinutes", "逐一发言", "")
                        .param("itemDecision", "同意", "").param("itemVote", "0")
                        .param("itemFor", "", "").param("itemAgainst", "", "").param("itemAbstain", "", "")
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        MeetingView saved = meetings.get(system, Long.parseLong(location.replaceAll("\\D", "")));
        assertThat(saved.agenda()).extracting(MeetingView.AgendaItemView::title).containsExactly("研究发展党员工作", "第二项");
        assertThat(saved.agenda().get(0).vote()).isEqualTo(new RecordMeeting.Vote(3, 0, 0));
        assertThat(saved.agenda().get(1).vote()).isNull();
        assertThat(saved.onLeave()).singleElement().satisfies(a -> assertThat(a.reason()).isEqualTo("外出培训"));
    }

    @Test
    void moreVotesThanVotersPresentAreRefusedAndEverythingTypedIsShownAgain() throws Exception {
        String html = page(save("研究发展党员工作", sun, "ABSENT", qian, "EXCUSED").param("place", "二楼小会议室")
                .param("reason_" + qian, "陪护家人")
                .param("itemTitle", "议题甲", "议题乙", "议题丙").param("itemMinutes", "记录甲", "记录乙", "记录丙")
                .param("itemDecision", "", "决定乙", "").param("itemVote", "1")
                .param("itemFor", "", "3", "").param("itemAgainst", "", "", "").param("itemAbstain", "", "", ""));

        assertThat(html).contains("议题2的赞成票：不能超过出席的有表决权人数（2）").contains("value=\"二楼小会议室\"")
                .contains("value=\"议题甲\"", "value=\"议题乙\"", "value=\"议题丙\"", ">记录丙</textarea>", ">决定乙</textarea>")
                .contains("value=\"陪护家人\"");
        assertThat(checkedStatus(html, sun)).isEqualTo("ABSENT");
        assertThat(checkedStatus(html, qian)).isEqualTo("EXCUSED");
        assertThat(Pattern.compile("name=\"itemVote\" value=\"1\"[^>]*checked").matcher(html).find()).isTrue();
        assertThat(meetings.list(system, new cn.dangjian.life.MeetingQuery(t.a1(), null, null, null, false),
                cn.dangjian.shared.PageRequest.of(1, 10)).total()).isZero();
    }

    @Test
    void addingAnAgendaItemWithoutScriptShowsOneMoreRowAndSavesNothing() throws Exception {
        String html = page(save("季度工作").param("itemTitle", "议题甲", "议题乙").param("itemMinutes", "甲", "乙")
                .param("itemDecision", "", "").param("addItem", "1"));

        assertThat(count(html, "name=\"itemTitle\"")).isEqualTo(3);
        assertThat(html).contains("value=\"议题乙\"").doesNotContain("class=\"alert");
        assertThat(meetings.list(system, new cn.dangjian.life.MeetingQuery(t.a1(), null, null, null, false),
                cn.dangjian.shared.PageRequest.of(1, 10)).total()).isZero();
    }

    @Test
    void theMinutesListAbsenteesApartFromThoseOnLeaveAndTheSystemAsImporter() throws Exception {
        List<RecordMeeting.Attendance> attendance = List.of(
                new RecordMeeting.Attendance(t.memberA1(), AttendanceStatus.PRESENT, null),
                new RecordMeeting.Attendance(zhao, AttendanceStatus.PRESENT, null),
                new RecordMeeting.Attendance(qian, AttendanceStatus.EXCUSED, "因公出差"),
                new RecordMeeting.Attendance(sun, AttendanceStatus.ABSENT, null));
        long id = meetings.record(system, new RecordMeeting(t.a1(), MeetingType.BRANCH_ASSEMBLY, null, "学习党章", null,
                LocalDate.now().minusDays(1).atTime(15, 0), null, zhao, zhao, attendance,
                List.of(new RecordMeeting.AgendaItem("学习党章", null, null, null))));

        String html = page(get("/meetings/{id}", id));
        assertThat(html).containsPattern("id=\"meeting-on-leave\">[^<]*<span>钱组织（因公出差）</span>")
                .containsPattern("id=\"meeting-absent\">[^<]*<span>孙纪检</span>").contains("（系统导入）")
                .doesNotContain("（system）");
        byte[] pdf = mvc.perform(get("/meetings/{id}/record.pdf", id).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = PdfFiles.text(pdf).replaceAll("\\s+", "");
        assertThat(text).contains("请假人员及事由钱组织（因公出差）").contains("缺席人员孙纪检").doesNotContain("孙纪检（缺席）");
    }

    // --- helpers ------------------------------------------------------------------------------------

    /** A 党员大会 with everyone present but the exceptions given as member id, status, member id, status… */
    private MockHttpServletRequestBuilder save(String topic, Object... exceptions) {
        MockHttpServletRequestBuilder request = post("/meetings").with(csrf())
                .param("orgId", id(t.a1())).param("type", "BRANCH_ASSEMBLY").param("topic", topic)
                .param("heldAt", LocalDate.now().minusDays(1) + "T15:00");
        java.util.Map<Long, String> statuses = new java.util.HashMap<>();
        for (int i = 0; i < exceptions.length; i += 2) {
            statuses.put((Long) exceptions[i], (String) exceptions[i + 1]);
        }
        for (long member : List.of(t.memberA1(), zhao, qian, sun)) {
            request.param("status_" + member, statuses.getOrDefault(member, "PRESENT"));
        }
        return request;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(secretary, TestTree.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private List<RecordMeeting.Attendance> everyone(AttendanceStatus status) {
        return List.of(t.memberA1(), zhao, qian, sun).stream()
                .map(m -> new RecordMeeting.Attendance(m, status, null)).toList();
    }

    private static Long selected(String html, String select) {
        int start = html.indexOf("name=\"" + select + "\"");
        String options = html.substring(start, html.indexOf("</select>", start));
        Matcher m = Pattern.compile("<option value=\"(\\d+)\" selected").matcher(options);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    private static String checkedStatus(String html, long member) {
        Matcher m = Pattern.compile("name=\"status_" + member + "\" value=\"(\\w+)\" checked").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private static int count(String html, String text) {
        return html.split(Pattern.quote(text), -1).length - 1;
    }

    private static String id(long id) {
        return String.valueOf(id);
    }
}
