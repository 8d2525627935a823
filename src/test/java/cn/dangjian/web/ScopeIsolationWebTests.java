package cn.dangjian.web;

import java.util.ArrayList;
import java.util.List;

import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tree 工委 → 机关党委 A → branches A1, A2. The secretary of A1 can neither list, open nor change
 * anything of sibling A2 — through the API or the pages — while the 机关党委 secretary of A sees both.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ScopeIsolationWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    cn.dangjian.org.OrgUnits orgsFacade;

    TestTree.Tree t;
    String a1Secretary;
    String aSecretary;

    @BeforeEach
    void tree() {
        t = trees.build();
        a1Secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        aSecretary = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
    }

    @Test
    void theApiListsOnlyTheCallersBranch() throws Exception {
        mvc.perform(get("/api/v1/members").with(httpBasic(a1Secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(t.memberA1()));
        mvc.perform(get("/api/v1/members").param("orgId", String.valueOf(t.a2()))
                        .with(httpBasic(a1Secretary, TestTree.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("不在您的管理范围内")));
        mvc.perform(get("/api/v1/orgs").with(httpBasic(a1Secretary, TestTree.PASSWORD)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(t.a1()));
        mvc.perform(get("/api/v1/members").param("orgId", String.valueOf(t.a()))
                        .with(httpBasic(aSecretary, TestTree.PASSWORD)))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void theApiRefusesToOpenOrChangeASiblingsRecords() throws Exception {
        mvc.perform(get("/api/v1/members/{id}", t.memberA2()).with(httpBasic(a1Secretary, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orgs/{id}", t.a2()).with(httpBasic(a1Secretary, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/members/{id}", t.memberA2()).param("version", "0")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"篡改\"}")
                        .with(httpBasic(a1Secretary, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/members/{id}/status-changes", t.memberA2())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"LEAVE\",\"effectiveOn\":\"2026-01-01\",\"reason\":\"x\",\"version\":0}")
                        .with(httpBasic(a1Secretary, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        // adding a member into the sibling branch is refused before the form is even checked
        mvc.perform(post("/api/v1/members").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"越权","ethnicity":"HAN","citizenId":"%s","joinedOn":"2010-07-01",
                                 "confirmedOn":"2011-07-01","kind":"FULL","orgId":%d}"""
                                .formatted(TestTree.citizenId(java.time.LocalDate.of(1990, 1, 1), 4242, true), t.a2()))
                        .with(httpBasic(a1Secretary, TestTree.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("不在您的管理范围内")));
        // the branch secretary role may not restructure the tree at all
        mvc.perform(post("/api/v1/orgs/{id}/move", t.a1()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + t.root() + ",\"version\":0}")
                        .with(httpBasic(a1Secretary, TestTree.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("维护党组织")));
    }

    @Test
    void thePagesShowOnlyTheCallersBranch() throws Exception {
        mvc.perform(get("/members").with(httpBasic(a1Secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("王一")))
                .andExpect(content().string(not(containsString("李二"))));
        mvc.perform(get("/members/{id}", t.memberA2()).with(httpBasic(a1Secretary, TestTree.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("不在您的管理范围内")));
        mvc.perform(get("/orgs/{id}", t.a2()).with(httpBasic(a1Secretary, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/members/{id}/status", t.memberA2()).param("type", "LEAVE")
                        .param("effectiveOn", "2026-01-01").param("reason", "x").param("version", "0")
                        .with(httpBasic(a1Secretary, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/members").with(httpBasic(aSecretary, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("王一")))
                .andExpect(content().string(containsString("李二")));
    }

    @Test
    void exportsContainOnlyTheCallersBranch() throws Exception {
        byte[] workbook = mvc.perform(get("/members/export").with(httpBasic(a1Secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        cn.idev.excel.FastExcel.read(new java.io.ByteArrayInputStream(workbook),
                new cn.idev.excel.read.listener.ReadListener<java.util.Map<Integer, String>>() {
                    @Override
                    public void invoke(java.util.Map<Integer, String> row, cn.idev.excel.context.AnalysisContext c) {
                        names.add(row.get(0));
                    }

                    @Override
                    public void doAfterAllAnalysed(cn.idev.excel.context.AnalysisContext c) {
                    }
                }).sheet().doRead();
        org.assertj.core.api.Assertions.assertThat(names).anyMatch(n -> n.startsWith("王一"))
                .noneMatch(n -> n.startsWith("李二"));
        mvc.perform(get("/api/v1/members/export").param("orgId", String.valueOf(t.a2()))
                        .with(httpBasic(a1Secretary, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPartyCommitteeSecretaryMovesABranchByPickingANewParentInsideTheirSubtree() throws Exception {
        String aWorker = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        long general = orgsFacade.create(cn.dangjian.shared.AccessScope.system(), new cn.dangjian.org.NewOrgUnit(t.a(),
                cn.dangjian.org.OrgType.GENERAL_BRANCH, "测试局机关党总支" + t.a(), null, null, null));
        mvc.perform(post("/orgs/{id}/move", t.a2()).param("parentId", String.valueOf(general)).param("version", "0")
                        .with(httpBasic(aWorker, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(orgsFacade.ref(t.a2()).orElseThrow().parentId()).isEqualTo(general);
        // the root of the tree lies outside the 机关党委 secretary's scope: moving there is refused
        mvc.perform(post("/api/v1/orgs/{id}/move", t.a2()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + t.root() + ",\"version\":1}")
                        .with(httpBasic(aWorker, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].label").value("新上级组织"));
    }

    @Test
    void anOrdinaryMemberSeesOnlyTheirOwnRecord() throws Exception {
        String member = trees.account("MEMBER", t.a1(), t.memberA1());
        mvc.perform(get("/api/v1/members").with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].citizenId").value(containsString("********")));
        mvc.perform(get("/api/v1/members/{id}", t.memberA2()).with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/members").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void formPostsWithoutACsrfTokenAreRejectedForBrowserSessions() throws Exception {
        var session = new org.springframework.mock.web.MockHttpSession();
        mvc.perform(post("/login").param("username", aSecretary).param("password", TestTree.PASSWORD)
                        .session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/members/{id}/status", t.memberA1()).session(session).param("type", "LOST_CONTACT")
                        .param("effectiveOn", "2026-01-01").param("reason", "x").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/members/{id}/status", t.memberA1()).session(session).with(csrf())
                        .param("type", "LOST_CONTACT").param("effectiveOn", "2026-01-01").param("reason", "电话停机")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
    }
}
