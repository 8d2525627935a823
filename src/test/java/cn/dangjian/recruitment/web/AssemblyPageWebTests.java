package cn.dangjian.recruitment.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.recruitment.OpenCase;
import cn.dangjian.recruitment.RecordAssembly;
import cn.dangjian.recruitment.RecordStep;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.recruitment.RecruitmentAssemblies;
import cn.dangjian.recruitment.RecruitmentPipeline;
import cn.dangjian.recruitment.Stage;
import cn.dangjian.recruitment.StepResult;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static cn.dangjian.recruitment.StepKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 召开支部党员大会 through its form: refusals keep everything typed; admission and 转正 votes reach the case. */
@IntegrationTest
@AutoConfigureMockMvc
class AssemblyPageWebTests {

    private static final java.util.concurrent.atomic.AtomicInteger PEOPLE = new java.util.concurrent.atomic.AtomicInteger(800);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    Recruitment recruitment;
    @Autowired
    RecruitmentAssemblies assemblies;
    @Autowired
    RecruitmentPipeline pipeline;
    @Autowired
    Members members;
    @Autowired
    Meetings meetings;

    private final AccessScope system = AccessScope.system();

    /** The branch secretary and five more full members: six voters. */
    private List<Long> branch(TestTree.Tree t) {
        List<Long> ids = new ArrayList<>(List.of(t.memberA1()));
        for (int i = 1; i < 6; i++) {
            ids.add(members.create(system, TestTree.member("党员" + i, t.a1(), MemberKind.FULL)));
        }
        return ids;
    }

    /** A 2014-rules case that passed the 党委's 预审 on 2025-05-20 (listed before the 2026 公示 applied). */
    private long reviewedCandidate(TestTree.Tree t, List<Long> ids, String name) {
        long id = recruitment.open(system, new OpenCase(t.a1(), name,
                TestTree.citizenId(LocalDate.of(1996, 2, 9), PEOPLE.getAndIncrement(), true), Ethnicity.HAN,
                EducationLevel.BACHELOR, null, "科员", null, LocalDate.of(2024, 3, 1), null));
        recruitment.record(system, id, RecordStep.on(APPLICATION_TALK, LocalDate.of(2024, 3, 20)).withMembers(List.of(ids.get(0))));
        recruitment.record(system, id, RecordStep.on(ACTIVIST_DESIGNATION, LocalDate.of(2024, 4, 15)));
        recruitment.record(system, id, RecordStep.on(MENTORS, LocalDate.of(2024, 4, 16)).withMembers(List.of(ids.get(1), ids.get(2))));
        recruitment.record(system, id, RecordStep.on(CANDIDATE_DESIGNATION, LocalDate.of(2025, 4, 15)));
        recruitment.record(system, id, RecordStep.on(SPONSORS, LocalDate.of(2025, 4, 16)).withMembers(List.of(ids.get(1), ids.get(2))));
        recruitment.record(system, id, RecordStep.on(POLITICAL_REVIEW, LocalDate.of(2025, 5, 10)).withResult(StepResult.PASSED));
        recruitment.record(system, id, RecordStep.on(TRAINING, LocalDate.of(2025, 5, 12)).withUntil(LocalDate.of(2025, 5, 14))
                .withTraining(3, 24));
        recruitment.record(system, id, RecordStep.on(PRE_REVIEW, LocalDate.of(2025, 5, 20)).withResult(StepResult.PASSED));
        return id;
    }

    private MockHttpServletRequestBuilder everyonePresent(MockHttpServletRequestBuilder post, long orgId) {
        meetings.draft(system, orgId, MeetingType.BRANCH_ASSEMBLY, null).attendees()
                .forEach(a -> post.param("status_" + a.memberId(), "PRESENT"));
        return post;
    }

    @Test
    void anAdmissionVoteThatIsRefusedKeepsWhatWasTypedAndOnceCorrectReachesTheCase() throws Exception {
        TestTree.Tree t = trees.build();
        List<Long> ids = branch(t);
        long id = reviewedCandidate(t, ids, "冯志强");
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String org = String.valueOf(t.a1());

        mvc.perform(get("/recruitment/assembly").param("orgId", org).param("kind", "ADMISSION_ASSEMBLY")
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("冯志强（发展对象）")))
                .andExpect(content().string(containsString("应到6人，其中有表决权6人")));
        mvc.perform(everyonePresent(post("/recruitment/assembly"), t.a1()).param("orgId", org)
                        .param("kind", "ADMISSION_ASSEMBLY").param("heldAt", "2025-06-20T15:00").param("place", "三楼会议室")
                        .param("include_" + id, "on").param("for_" + id, "6").param("against_" + id, "一")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("反对票（冯志强）：“一”不是整数")))
                .andExpect(content().string(containsString("value=\"三楼会议室\"")))
                .andExpect(content().string(containsString("value=\"6\" aria-label=\"赞成票（冯志强）\"")));
        mvc.perform(everyonePresent(post("/recruitment/assembly"), t.a1()).param("orgId", org)
                        .param("kind", "ADMISSION_ASSEMBLY").param("heldAt", "2025-06-20T15:00").param("place", "三楼会议室")
                        .param("include_" + id, "on").param("for_" + id, "6")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("主要表现（冯志强）")))
                .andExpect(content().string(containsString("FZ-15")))
                .andExpect(content().string(containsString("<input class=\"form-check-input mt-0\" type=\"checkbox\" data-vote-for name=\"include_" + id + "\"")));
        mvc.perform(everyonePresent(post("/recruitment/assembly"), t.a1()).param("orgId", org)
                        .param("kind", "ADMISSION_ASSEMBLY").param("heldAt", "2025-06-20T15:00").param("place", "三楼会议室")
                        .param("include_" + id, "on").param("for_" + id, "6").param("performance_" + id, "工作积极，群众公认")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/recruitment/cases/" + id));
        var step = recruitment.get(system, id).last(ADMISSION_ASSEMBLY);
        assertThat(step.result()).isEqualTo(StepResult.PASSED);
        assertThat(step.vote()).contains("赞成6票");
        assertThat(meetings.get(system, step.meetingId()).place()).isEqualTo("三楼会议室");

        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        mvc.perform(get("/recruitment/pipeline").param("orgId", String.valueOf(t.a())).with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-case-id=\"" + id + "\"")))
                .andExpect(content().string(containsString("上级党委派人谈话")));
    }

    @Test
    void theFormOpensWithEveryonePresentAndABallotLeftUncountedIsEveryVoterPresentInFavour() throws Exception {
        TestTree.Tree t = trees.build();
        List<Long> ids = branch(t);
        long id = reviewedCandidate(t, ids, "韩立新");
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String org = String.valueOf(t.a1());
        List<Long> expected = meetings.draft(system, t.a1(), MeetingType.BRANCH_ASSEMBLY, null).attendees().stream()
                .map(a -> a.memberId()).toList();

        String form = mvc.perform(get("/recruitment/assembly").param("orgId", org).param("kind", "ADMISSION_ASSEMBLY")
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        for (long member : expected) {
            assertThat(form).contains("name=\"status_" + member + "\" value=\"PRESENT\" checked");
        }

        long away = expected.get(expected.size() - 1);
        MockHttpServletRequestBuilder post = post("/recruitment/assembly");
        expected.forEach(m -> post.param("status_" + m, m == away ? "EXCUSED" : "PRESENT"));
        mvc.perform(post.param("orgId", org).param("kind", "ADMISSION_ASSEMBLY").param("heldAt", "2025-06-20T15:00")
                        .param("reasonChoice_" + away, "因公出差").param("include_" + id, "on").param("for_" + id, "")
                        .param("against_" + id, "1").param("performance_" + id, "工作积极，群众公认")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var step = recruitment.get(system, id).last(ADMISSION_ASSEMBLY);
        assertThat(step.vote()).contains("赞成4票").contains("反对1票");
        assertThat(meetings.get(system, step.meetingId()).onLeave())
                .singleElement().satisfies(a -> assertThat(a.reason()).isEqualTo("因公出差"));
    }

    @Test
    void theConfirmationAssemblyPutsTheDecisionToTheVoteAndAnExtensionNeedsItsMonths() throws Exception {
        TestTree.Tree t = trees.build();
        List<Long> ids = branch(t);
        long id = reviewedCandidate(t, ids, "褚晓光");
        List<RecordMeeting.Attendance> present = ids.stream()
                .map(m -> new RecordMeeting.Attendance(m, AttendanceStatus.PRESENT, null)).toList();
        assemblies.recordAssembly(system, new RecordAssembly(t.a1(), ADMISSION_ASSEMBLY, LocalDateTime.of(2025, 6, 20, 15, 0),
                "三楼会议室", ids.get(0), ids.get(1), present,
                List.of(new RecordAssembly.Ballot(id, "工作积极", 6, 0, 0, 0, 0, 0, null, null, null))));
        recruitment.record(system, id, RecordStep.on(APPROVAL_TALK, LocalDate.of(2025, 7, 1)).withOtherPerson("组织员 刘建国"));
        recruitment.record(system, id, RecordStep.on(ADMISSION_APPROVAL, LocalDate.of(2025, 8, 10)).withResult(StepResult.PASSED));
        recruitment.record(system, id, RecordStep.on(OATH, LocalDate.of(2025, 8, 20)));
        recruitment.record(system, id, RecordStep.on(CONFIRMATION_APPLICATION, LocalDate.of(2026, 6, 1)));
        assertThat(recruitment.get(system, id).stage()).isEqualTo(Stage.PROBATIONARY);
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String org = String.valueOf(t.a1());

        mvc.perform(get("/recruitment/assembly").param("orgId", org).param("kind", "CONFIRMATION_ASSEMBLY")
                        .param("caseId", String.valueOf(id)).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("褚晓光（预备党员）")))
                .andExpect(content().string(containsString("延长预备期")));
        mvc.perform(everyonePresent(post("/recruitment/assembly"), t.a1()).param("orgId", org)
                        .param("kind", "CONFIRMATION_ASSEMBLY").param("heldAt", "2026-06-25T15:00")
                        .param("include_" + id, "on").param("for_" + id, "6").param("decision_" + id, "EXTEND")
                        .param("performance_" + id, "理论学习有待加强")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("6至12个月")))
                .andExpect(content().string(containsString("<option value=\"EXTEND\" selected=\"selected\">延长预备期</option>")));
        mvc.perform(everyonePresent(post("/recruitment/assembly"), t.a1()).param("orgId", org)
                        .param("kind", "CONFIRMATION_ASSEMBLY").param("heldAt", "2026-06-25T15:00")
                        .param("include_" + id, "on").param("for_" + id, "6").param("decision_" + id, "CONFIRM")
                        .param("performance_" + id, "预备期间表现良好")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(recruitment.get(system, id).last(CONFIRMATION_ASSEMBLY).result()).isEqualTo(StepResult.CONFIRM);
        mvc.perform(get("/recruitment/cases/{id}", id).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("上级党委审批转正由测试局机关党委")));
    }

    @Test
    void theApiRecordsTheAssemblyAndReturnsTheMeetingAndEachCase() throws Exception {
        TestTree.Tree t = trees.build();
        List<Long> ids = branch(t);
        long id = reviewedCandidate(t, ids, "卫东升");
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String attendance = String.join(",", ids.stream()
                .map(m -> "{\"memberId\":" + m + ",\"status\":\"PRESENT\"}").toList());
        String body = """
                {"orgId":%d,"kind":"ADMISSION_ASSEMBLY","heldAt":"2025-06-20T15:00:00","place":"三楼会议室",
                 "attendance":[%s],
                 "ballots":[{"caseId":%d,"performance":"工作积极","inFavour":5,"against":1,"abstaining":0}]}"""
                .formatted(t.a1(), attendance, id);
        mvc.perform(post("/api/v1/recruitment/assemblies").contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"工作积极\"", "\" \"")).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].label")
                        .value("主要表现（卫东升）"));
        mvc.perform(post("/api/v1/recruitment/assemblies").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.meetingId").isNumber())
                .andExpect(jsonPath("$.cases[0].steps[-1].kind")
                        .value("ADMISSION_ASSEMBLY"))
                .andExpect(jsonPath("$.cases[0].steps[-1].result")
                        .value("PASSED"));
    }
}
