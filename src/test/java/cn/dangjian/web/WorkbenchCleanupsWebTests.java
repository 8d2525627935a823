package cn.dangjian.web;

import java.util.List;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.compliance.RuleView;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What users read is clean: the rule catalogue and the parameters cite articles without research notes; the
 * recruitment pipeline lists the organizations with something open unless all are asked for.
 */
@IntegrationTest
@AutoConfigureMockMvc
class WorkbenchCleanupsWebTests {

    /** Notes written while researching the regulations, which belong in code comments, not on screens. */
    static final List<String> RESEARCH_NOTES = List.of("待核对", "据信", "条号未见", "二手资料", "条款）");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    Compliance compliance;

    @Test
    void theRuleCatalogueCitesArticlesWithoutResearchNotes() throws Exception {
        for (RuleView rule : compliance.catalogue()) {
            assertThat(rule.article() + rule.title()).as(rule.ruleId()).doesNotContain(RESEARCH_NOTES);
        }
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String admin = trees.account("PLATFORM_ADMIN", null, null);
        mvc.perform(get("/compliance/rules").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ZB-15"),
                        containsString("《中国共产党支部工作条例（试行）》第十八条"), notesAbsent())));
        mvc.perform(get("/parameters").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("谈心谈话每年次数"), notesAbsent())));
        compliance.reevaluateSubtree(t.root());
        mvc.perform(get("/compliance").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ZB-08"), notesAbsent())));
    }

    @Test
    void thePipelineHidesOrganizationsWithNothingOpenUntilAllAreAskedFor() throws Exception {
        TestTree.Tree t = trees.build();
        String staff = trees.account("WORK_COMMITTEE_STAFF", t.root(), null);

        mvc.perform(get("/recruitment/pipeline").param("orgId", String.valueOf(t.root()))
                        .with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-org-id=\"" + t.root() + "\""),
                        not(containsString("data-org-id=\"" + t.a() + "\"")), containsString("id=\"show-all\""),
                        containsString("table-sticky"))));
        mvc.perform(get("/recruitment/pipeline").param("orgId", String.valueOf(t.root())).param("all", "true")
                        .with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-org-id=\"" + t.a() + "\""),
                        containsString("id=\"show-active\""))));
    }

    @SuppressWarnings("unchecked")
    private static org.hamcrest.Matcher<String> notesAbsent() {
        return allOf(RESEARCH_NOTES.stream().map(n -> not(containsString(n)))
                .toArray(org.hamcrest.Matcher[]::new));
    }
}
