package cn.dangjian.web;

import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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

/** 规则参数 through the page and the API: who sees which level, a refused change keeps what was typed. */
@IntegrationTest
@AutoConfigureMockMvc
class ParameterPagesWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;

    @Test
    void aParentCommitteeSetsItsBranchesPartyLessonFrequencyAndARefusedChangeKeepsTheTypedValues() throws Exception {
        TestTree.Tree t = trees.build();
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        String a = String.valueOf(t.a());

        // a subtree-scoped user lands on their own organization, not the platform level
        mvc.perform(get("/parameters").with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(redirectedUrl("/parameters?orgId=" + a));
        mvc.perform(get("/parameters").param("orgId", a).with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("党课召开频次"), containsString("ZB-12"),
                        containsString("规则目录默认值"), containsString("补录期限"))));

        mvc.perform(post("/parameters").param("key", "meetings.late-entry-days").param("orgId", a)
                        .param("value", "120").param("reason", "机关党委会议纪要第5号")
                        .with(httpBasic(committee, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("补录期限：应为1至90之间的整数"),
                        containsString("value=\"120\""), containsString("机关党委会议纪要第5号"))));

        mvc.perform(post("/parameters").param("key", "meetings.PARTY_LESSON.frequency").param("orgId", a)
                        .param("value", "MONTHLY:1").param("reason", "机关党委会议纪要第5号")
                        .with(httpBasic(committee, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/parameters").param("orgId", String.valueOf(t.a1())).with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(content().string(allOf(containsString("每月1次"), containsString("上级组织"))));
        mvc.perform(get("/api/v1/rule-parameters").param("orgId", String.valueOf(t.a2()))
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"value\":\"MONTHLY:1\"")));
    }

    @Test
    void aBranchSecretaryCannotChangeParametersAndAnotherCommitteeCannotSeeTheseOrganizations() throws Exception {
        TestTree.Tree t = trees.build();
        String branch = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String sibling = trees.account("PARTY_COMMITTEE_SECRETARY", t.a2(), null);
        mvc.perform(get("/parameters").param("orgId", String.valueOf(t.a1())).with(httpBasic(branch, TestTree.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/rule-parameters").contentType("application/json")
                        .content("{\"key\":\"meetings.late-entry-days\",\"orgId\":" + t.a1() + ",\"value\":\"3\",\"reason\":\"x\"}")
                        .with(httpBasic(sibling, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/rule-parameters").contentType("application/json")
                        .content("{\"key\":\"meetings.late-entry-days\",\"value\":\"3\",\"reason\":\"x\"}")
                        .with(httpBasic(sibling, TestTree.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("全平台参数")));
        mvc.perform(get("/orgs/{id}", t.a2()).with(httpBasic(sibling, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("id=\"org-parameters\"")));
        mvc.perform(get("/orgs/{id}", t.a1()).with(httpBasic(branch, TestTree.PASSWORD)))
                .andExpect(content().string(not(containsString("id=\"org-parameters\""))));
    }
}
