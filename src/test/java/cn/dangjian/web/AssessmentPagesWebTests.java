package cn.dangjian.web;

import java.time.LocalDateTime;

import cn.dangjian.responsibility.Assessments;
import cn.dangjian.responsibility.Indicator;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.EventsSettled;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestClock;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 考核指标 through the page and the API on 20 November 2026: the 工委 sees the catalogue with its formulas and the
 * note on what it leaves out, is told to tick at least one indicator, chooses two and sees the figures and, behind
 * one, the branch that missed with its records; a branch secretary sees neither a sibling's figure nor the form.
 */
@ClockedIntegrationTest
class AssessmentPagesWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    EventsSettled events;
    @Autowired
    Assessments assessments;

    @AfterEach
    void backToNow() {
        clock.set(LocalDateTime.now(TestClock.BEIJING));
    }

    @Test
    void theWorkCommitteeIsToldToTickAnIndicatorThenChoosesAndSeesTheFigures() throws Exception {
        clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
        TestTree.Tree t = trees.build();
        events.await();
        String staff = trees.account("WORK_COMMITTEE_STAFF", t.root(), null);
        String root = String.valueOf(t.root());

        mvc.perform(get("/assessments").param("orgId", root).with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("支部党员大会按期召开"),
                        containsString("本年度支部党员大会均按期召开的党支部数 ÷ 党支部总数"),
                        containsString("整改事项按期销号"), containsString("ZB-08"), containsString("打卡签到"),
                        containsString("不排名次"), containsString("id=\"assessment-form\""),
                        containsString("尚未确定2026年度考核指标"), not(containsString("第1名")))));

        mvc.perform(post("/assessments").param("orgId", root).param("year", "2026")
                        .with(httpBasic(staff, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("考核指标：请至少选择一项"),
                        containsString("id=\"form-problems\""))));
        mvc.perform(get("/assessments").param("orgId", root).with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("尚未确定2026年度考核指标")));

        mvc.perform(post("/assessments").param("orgId", root).param("year", "2026")
                        .param("indicators", "BRANCH_ASSEMBLY", "TERM")
                        .with(httpBasic(staff, TestTree.PASSWORD)).with(csrf()))
                .andExpect(redirectedUrl("/assessments?orgId=" + root + "&year=2026"));
        long id = assessments.of(AccessScope.system(), t.root(), 2026).orElseThrow().id();
        mvc.perform(get("/assessments").param("orgId", root).param("year", "2026")
                        .with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("已选用"), containsString("id=\"results-table\""),
                        containsString("（合计）"), containsString("0/2"), containsString("/assessments/" + id + "/misses"),
                        containsString("保存修改"))));
        // behind 0/2: both branches, each with the quarters it missed and the link to its meetings
        mvc.perform(get("/assessments/{id}/misses", id).param("orgId", String.valueOf(t.a()))
                        .param("indicator", Indicator.BRANCH_ASSEMBLY.name()).with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("测试局第一党支部"), containsString("测试局第二党支部"),
                        containsString("逾期未召开"), containsString("/meetings?orgId=" + t.a1() + "&amp;type=BRANCH_ASSEMBLY"),
                        containsString("/duties?orgId=" + t.a2() + "&amp;year=2026"))));
        mvc.perform(get("/api/v1/assessments").param("orgId", String.valueOf(t.a1()))
                        .with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("\"met\":0"), containsString("\"counted\":1"))));
        mvc.perform(get("/api/v1/assessments/catalogue").with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"formula\":\"本年度支部党员大会均按期召开的党支部数 ÷ 党支部总数\"")));
    }

    @Test
    void aBranchSecretarySeesItsOwnFigureButNotASiblingsAndHasNoForm() throws Exception {
        clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
        TestTree.Tree t = trees.build();
        long id = assessments.define(AccessScope.system(), t.root(), 2026, java.util.List.of(Indicator.BRANCH_ASSEMBLY));
        String secretary = trees.account("BRANCH_SECRETARY", t.a2(), null);

        mvc.perform(get("/assessments").param("orgId", String.valueOf(t.a2())).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"results-table\""),
                        not(containsString("id=\"assessment-form\"")))));
        mvc.perform(get("/assessments/{id}/misses", id).param("orgId", String.valueOf(t.a1()))
                        .param("indicator", "BRANCH_ASSEMBLY").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/assessments").param("orgId", String.valueOf(t.root()))
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/assessments").param("orgId", String.valueOf(t.a2())).param("year", "2026")
                        .param("indicators", "TERM").with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
