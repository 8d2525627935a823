package cn.dangjian.web;

import java.io.ByteArrayInputStream;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The to-do list, the matrix and the findings through the pages and the API, each organization seeing its own. */
@IntegrationTest
@AutoConfigureMockMvc
class ComplianceWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    Compliance compliance;

    @Test
    void aSecretarySeesTheBranchsToDoListAndExplainsAFindingThatStaysVisibleToTheParent() throws Exception {
        TestTree.Tree t = trees.build();
        compliance.reevaluateSubtree(t.root());
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);

        mvc.perform(get("/compliance").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("待办事项"), containsString("ZB-08"),
                        containsString("主题党日"), containsString("召开支部党员大会"))));
        long id = compliance.workbench(cn.dangjian.shared.AccessScope.system(), t.a1()).stream()
                .filter(f -> f.ruleId().equals("ZB-08")).findFirst().orElseThrow().id();

        mvc.perform(post("/compliance/findings/{id}/explanation", id).param("orgId", String.valueOf(t.a1()))
                        .param("explanation", " ").with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", containsString("情况说明：请填写情况说明")));
        mvc.perform(post("/compliance/findings/{id}/explanation", id).param("orgId", String.valueOf(t.a1()))
                        .param("explanation", "支部于本季度中途成立").with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/compliance/findings").param("orgId", String.valueOf(t.a())).param("ruleId", "ZB-08")
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("支部于本季度中途成立"),
                        containsString(orgName(t.a1())), containsString(orgName(t.a2())))));
        mvc.perform(get("/compliance/matrix").param("orgId", String.valueOf(t.a()))
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"matrix-table\""), containsString(orgName(t.a1())),
                        containsString("组织生活"), containsString("table-danger"))));
        mvc.perform(get("/api/v1/compliance/matrix").param("orgId", String.valueOf(t.a()))
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"MEETINGS\"")));

        byte[] xlsx = mvc.perform(get("/compliance/findings.xlsx").param("orgId", String.valueOf(t.a()))
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("规则编号");
            assertThat(sheet.getLastRowNum()).isGreaterThan(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("测试局");
        }
    }

    @Test
    void aSiblingCannotSeeAnotherBranchsFindingsAndAnOrdinaryMemberSeesNone() throws Exception {
        TestTree.Tree t = trees.build();
        compliance.reevaluateSubtree(t.root());
        String sibling = trees.account("BRANCH_SECRETARY", t.a2(), t.memberA2());
        String member = trees.account("MEMBER", t.a1(), t.memberA1());
        mvc.perform(get("/compliance").param("orgId", String.valueOf(t.a1())).with(httpBasic(sibling, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/compliance/findings").param("orgId", String.valueOf(t.a()))
                        .with(httpBasic(sibling, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/compliance/findings").param("orgId", String.valueOf(t.a2()))
                        .with(httpBasic(sibling, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(orgName(t.a2())), not(containsString(orgName(t.a1()))))));
        mvc.perform(get("/compliance").with(httpBasic(member, TestTree.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/compliance/rules").with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("ZB-08"), containsString("第十一条"),
                        containsString("发展党员"), containsString("FZ-19"), containsString("《中国共产党发展党员工作细则》第二十五条"))));
    }

    @Autowired
    cn.dangjian.org.OrgUnits orgs;

    private String orgName(long id) {
        return orgs.ref(id).orElseThrow().name();
    }
}
