package cn.dangjian.web;

import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The higher organization's approval of an organization's form (JG-01, JG-02): recorded by those who edit the
 * parent's records, on the edit page and over the API, with field errors and an audit line.
 */
@IntegrationTest
@AutoConfigureMockMvc
class OrgFormApprovalWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyTheHigherOrganizationRecordsTheApprovalOfAForm() throws Exception {
        TestTree.Tree t = trees.build();
        String staff = trees.account("WORK_COMMITTEE_STAFF", t.root(), null);
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        String approval = "{\"approvedOn\":\"2024-03-01\",\"reference\":\" 区直工委〔2024〕5号 \",\"version\":0}";

        // the 机关党委 cannot approve its own form: that is its 工委's act
        mvc.perform(put("/api/v1/orgs/" + t.a() + "/form-approval").contentType(MediaType.APPLICATION_JSON)
                        .content(approval).with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("只能由上级党组织登记")));
        mvc.perform(put("/api/v1/orgs/" + t.a() + "/form-approval").contentType(MediaType.APPLICATION_JSON)
                        .content(approval).with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.formApprovedOn").value("2024-03-01"))
                .andExpect(jsonPath("$.formApprovalRef").value("区直工委〔2024〕5号"))
                .andExpect(jsonPath("$.version").value(1));
        // the 机关党委 records it for a branch beneath it
        mvc.perform(put("/api/v1/orgs/" + t.a1() + "/form-approval").contentType(MediaType.APPLICATION_JSON)
                        .content(approval).with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk());
        // a stale version
        mvc.perform(put("/api/v1/orgs/" + t.a() + "/form-approval").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"approvedOn\":null,\"reference\":null,\"version\":0}")
                        .with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isConflict());
        // both empty clears it
        mvc.perform(put("/api/v1/orgs/" + t.a() + "/form-approval").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"approvedOn\":null,\"reference\":\"\",\"version\":1}")
                        .with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.formApprovedOn").doesNotExist());

        assertThat(jdbc.sql("""
                        SELECT changes::text FROM audit_entry WHERE record_type = '党组织' AND record_id = :id
                        ORDER BY id""").param("id", String.valueOf(t.a())).query(String.class).list())
                .anySatisfy(c -> assertThat(c).contains("上级批准日期", "2024-03-01", "批准文号", "区直工委〔2024〕5号"));
    }

    @Test
    void anIncompleteOrImplausibleApprovalNamesTheField() throws Exception {
        TestTree.Tree t = trees.build();
        String staff = trees.account("WORK_COMMITTEE_STAFF", t.root(), null);

        mvc.perform(put("/api/v1/orgs/" + t.a() + "/form-approval").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"approvedOn\":\"2024-03-01\",\"reference\":\" \",\"version\":0}")
                        .with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reference"))
                .andExpect(jsonPath("$.errors[0].label").value("批准文号"));
        mvc.perform(put("/api/v1/orgs/" + t.a() + "/form-approval").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"approvedOn\":\"2999-01-01\",\"reference\":\"某文号\",\"version\":0}")
                        .with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("approvedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("不能晚于今天"));
        mvc.perform(put("/api/v1/orgs/" + t.a() + "/form-approval").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\":\"某文号\",\"version\":0}").with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("approvedOn"));
        assertThat(jdbc.sql("SELECT form_approval_ref FROM org_unit WHERE id = :id").param("id", t.a())
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void theEditPageOffersTheApprovalToTheHigherOrganizationOnly() throws Exception {
        TestTree.Tree t = trees.build();
        String staff = trees.account("WORK_COMMITTEE_STAFF", t.root(), null);
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);

        mvc.perform(get("/orgs/" + t.a() + "/edit").with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"form-approval-form\""))));
        mvc.perform(post("/orgs/" + t.a() + "/form-approval").param("approvedOn", "2024-03-01")
                        .param("reference", "自批").param("version", "0").with(csrf())
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isForbidden());

        mvc.perform(get("/orgs/" + t.a() + "/edit").with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"form-approval-form\""),
                        containsString("上级党组织批准设立"))));
        mvc.perform(post("/orgs/" + t.a() + "/form-approval").param("approvedOn", "2024-03-01")
                        .param("reference", "").param("version", "0").with(csrf())
                        .with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("批准文号：填写批准日期时不能为空")));
        mvc.perform(post("/orgs/" + t.a() + "/form-approval").param("approvedOn", "2024-03-01")
                        .param("reference", "区直工委〔2024〕5号").param("version", "0").with(csrf())
                        .with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/orgs/" + t.a()).with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("2024-03-01（区直工委〔2024〕5号）")));
    }
}
