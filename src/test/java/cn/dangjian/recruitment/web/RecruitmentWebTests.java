package cn.dangjian.recruitment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.recruitment.OpenCase;
import cn.dangjian.recruitment.RecordStep;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.recruitment.StepKind;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The 发展党员 pages and API as a branch secretary and the 党委 use them: lists, forms, refusals, scope. */
@IntegrationTest
@AutoConfigureMockMvc
class RecruitmentWebTests {

    private static final AtomicInteger PEOPLE = new AtomicInteger(700);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    Recruitment recruitment;
    @Autowired
    Members members;
    @Autowired
    Clock clock;

    private final AccessScope system = AccessScope.system();

    private static String citizenId() {
        return TestTree.citizenId(LocalDate.of(1999, 6, 18), PEOPLE.getAndIncrement(), false);
    }

    private long open(long orgId, String name, LocalDate appliedOn) {
        return recruitment.open(system, new OpenCase(orgId, name, citizenId(), Ethnicity.HAN, EducationLevel.BACHELOR,
                null, "科员", "13912345678", appliedOn, null));
    }

    @Test
    void theListShowsABranchSecretaryTheBranchsCasesWithTheirNextStepAndOverdueDates() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        LocalDate today = LocalDate.now(clock);
        open(t.a1(), "赵晓雯", today.minusMonths(2));
        open(t.a2(), "钱思远", today.minusDays(3));

        mvc.perform(get("/recruitment").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("赵晓雯")))
                .andExpect(content().string(not(containsString("钱思远"))))
                .andExpect(content().string(containsString("入党申请人")))
                .andExpect(content().string(containsString("派人同入党申请人谈话")))
                .andExpect(content().string(containsString(today.minusMonths(2).plusMonths(1) + "</span><span class=\"tok\">（已逾期）")))
                .andExpect(content().string(containsString("id=\"new-case\"")))
                .andExpect(content().string(containsString("id=\"nav-recruitment\"")));
        mvc.perform(get("/recruitment").param("overdueOnly", "true").param("name", "钱")
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有符合条件的发展党员记录")));
        mvc.perform(get("/recruitment/pipeline").param("orgId", String.valueOf(t.a()))
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试局第一党支部")))
                .andExpect(content().string(containsString("待本级党委办理")));
    }

    @Test
    void theApplicationFormNamesABadCitizenIdKeepsWhatWasTypedAndNeverAsksForGenderOrBirthDate() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String org = String.valueOf(t.a1());

        mvc.perform(get("/recruitment/new").param("orgId", org).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"citizenId\"")))
                .andExpect(content().string(not(containsString("name=\"gender\""))))
                .andExpect(content().string(not(containsString("name=\"birthDate\""))));
        String good = citizenId();
        String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        mvc.perform(post("/recruitment/cases").param("orgId", org).param("name", "孙明远").param("citizenId", bad)
                        .param("ethnicity", "HUI").param("position", "科员").param("appliedOn", "2026-09-01")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("身份证号：")))
                .andExpect(content().string(containsString("value=\"孙明远\"")))
                .andExpect(content().string(containsString("value=\"" + bad + "\"")))
                .andExpect(content().string(containsString("<option value=\"HUI\" selected=\"selected\">回族</option>")));
        mvc.perform(post("/recruitment/cases").param("orgId", org).param("name", "孙明远").param("citizenId", good)
                        .param("ethnicity", "HUI").param("appliedOn", "2026-09-01")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/recruitment/cases/*"));
    }

    @Test
    void aRefusedStepCitesTheRuleKeepsTheInputAndAsksForAJustificationTheCommitteeThenSees() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        long id = open(t.a1(), "周雨桐", LocalDate.of(2026, 6, 1));

        mvc.perform(get("/recruitment/cases/{id}", id).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("谈话人")))
                .andExpect(content().string(containsString("FZ-03")))
                .andExpect(content().string(containsString("/recruitment/cases/" + id + "/documents/full-record.pdf")));

        mvc.perform(post("/recruitment/cases/{id}/steps", id).param("kind", "APPLICATION_TALK").param("on", "2026-07-15")
                        .param("memberIds", String.valueOf(t.memberA1())).param("note", "了解入党动机")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("一个月内派人谈话")))
                .andExpect(content().string(containsString("FZ-03")))
                .andExpect(content().string(containsString("请填写情况说明")))
                .andExpect(content().string(containsString("了解入党动机</textarea>")))
                .andExpect(content().string(containsString("value=\"2026-07-15\"")))
                .andExpect(content().string(containsString("<details id=\"justification-box\" open=\"open\">")));
        mvc.perform(post("/recruitment/cases/{id}/steps", id).param("kind", "APPLICATION_TALK").param("on", "2026-07-15")
                        .param("memberIds", String.valueOf(t.memberA1())).param("note", "了解入党动机")
                        .param("justification", "申请人外派援疆，返岗后即谈话")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/recruitment/cases/{id}/step-fields", id).param("kind", "ACTIVIST_DESIGNATION")
                        .param("on", "2026-07-20").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("报上级党委备案日期")))
                .andExpect(content().string(not(containsString("谈话人"))))
                .andExpect(content().string(containsString("value=\"2026-07-20\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/recruitment/cases/{id}", id).with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"case-justified\"")))
                .andExpect(content().string(containsString("申请人外派援疆，返岗后即谈话")));

        mvc.perform(post("/recruitment/cases/{id}/close", id).param("closedOn", "").param("reason", "本人撤回申请")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("终止日期：不能为空")))
                .andExpect(content().string(containsString("value=\"本人撤回申请\"")));
        mvc.perform(post("/recruitment/cases/{id}/close", id).param("closedOn", "2026-08-01").param("reason", "本人撤回申请")
                        .with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/recruitment/cases/{id}", id).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("已于2026-08-01终止：本人撤回申请")))
                .andExpect(content().string(not(containsString("id=\"step-form\""))));
    }

    @Test
    void aSiblingBranchGetsNotFoundOnAnotherBranchsCaseThroughThePageAndTheApi() throws Exception {
        TestTree.Tree t = trees.build();
        String sibling = trees.account("BRANCH_SECRETARY", t.a2(), t.memberA2());
        long id = open(t.a1(), "吴佳怡", LocalDate.of(2026, 6, 1));

        mvc.perform(get("/recruitment/cases/{id}", id).with(httpBasic(sibling, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/recruitment/cases/{id}", id).with(httpBasic(sibling, TestTree.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("未找到"));
        mvc.perform(post("/api/v1/recruitment/cases/{id}/steps", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"APPLICATION_TALK\",\"on\":\"2026-06-10\",\"memberIds\":[%d]}".formatted(t.memberA2()))
                        .with(httpBasic(sibling, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/recruitment/assembly").param("orgId", String.valueOf(t.a1())).param("kind", "ADMISSION_ASSEMBLY")
                        .with(httpBasic(sibling, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/recruitment/cases").with(httpBasic(sibling, TestTree.PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void throughTheApiASecretaryOpensACaseRecordsAStepAndReadsItBack() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        long second = members.create(system, TestTree.member("党员甲", t.a1(), MemberKind.FULL));
        String body = """
                {"orgId":%d,"name":"郑浩然","citizenId":"%s","ethnicity":"HAN","education":"MASTER",
                 "position":"科员","phone":"13912345678","appliedOn":"2026-06-01","note":"递交入党申请书"}""";

        mvc.perform(post("/api/v1/recruitment/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(t.a1(), "123")).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("citizenId"))
                .andExpect(jsonPath("$.errors[0].label").value("身份证号"));
        String created = mvc.perform(post("/api/v1/recruitment/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(t.a1(), citizenId())).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("APPLICANT"))
                .andExpect(jsonPath("$.ruleVersion").value("FZ2026"))
                .andExpect(jsonPath("$.approvingOrgId").value(t.a()))
                .andExpect(jsonPath("$.gender").value("FEMALE"))
                .andReturn().getResponse().getContentAsString();
        String id = created.replaceAll("^\\{\"id\":(\\d+).*$", "$1");

        mvc.perform(post("/api/v1/recruitment/cases/{id}/steps", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ADMISSION_APPROVAL\",\"on\":\"2026-06-10\",\"result\":\"PASSED\"}")
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/recruitment/cases/{id}/steps", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"APPLICATION_TALK\",\"on\":\"2026-06-10\",\"memberIds\":[%d,%d]}"
                                .formatted(t.memberA1(), second))
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.steps[1].kind").value("APPLICATION_TALK"));
        mvc.perform(get("/api/v1/recruitment/cases/{id}", id).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps.length()").value(2))
                .andExpect(jsonPath("$.steps[1].on").value("2026-06-10"))
                .andExpect(jsonPath("$.steps[1].people[1].name").value("党员甲"))
                .andExpect(jsonPath("$.nextSteps[0]").value("ACTIVIST_DESIGNATION"));
        mvc.perform(get("/api/v1/recruitment/cases").param("orgId", String.valueOf(t.a1())).param("stage", "APPLICANT")
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("郑浩然"));
        mvc.perform(get("/api/v1/recruitment/pipeline").param("orgId", String.valueOf(t.a1()))
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(jsonPath("$[0].applicants").value(1));
        mvc.perform(post("/api/v1/recruitment/cases/{id}/close", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"on\":\"2026-07-01\",\"reason\":\"调离本单位\"}").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("CLOSED"))
                .andExpect(jsonPath("$.closedReason").value("调离本单位"));
    }
}
