package cn.dangjian.member.web;

import java.util.List;

import cn.dangjian.identity.Accounts;
import cn.dangjian.identity.NewAccount;
import cn.dangjian.member.excel.RosterColumns;
import cn.dangjian.member.excel.RosterFiles;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RosterApiTests {

    private static final String PASSWORD = "Passw0rd123";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    OrgUnits orgs;
    @Autowired
    TestTree trees;

    MockMvc mvc;
    TestTree.Tree tree;
    String secretary;
    String member;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        tree = trees.build();
        secretary = "sec" + tree.a1();
        member = "mem" + tree.a1();
        accounts.create(AccessScope.system(), new NewAccount(secretary, PASSWORD, "支部书记", "BRANCH_SECRETARY",
                tree.a1(), null, null));
        accounts.create(AccessScope.system(), new NewAccount(member, PASSWORD, "普通党员", "MEMBER", tree.a1(),
                tree.memberA1(), null));
    }

    @Test
    void uploadReportAndConfirmThroughTheApi() throws Exception {
        String org = orgs.ref(tree.a1()).orElseThrow().name();
        List<Object> broken = RosterFiles.row("坏行", RosterFiles.newCitizenId(), org);
        broken.set(RosterColumns.ETHNICITY.ordinal(), "火星族");
        byte[] xlsx = RosterFiles.workbook(List.of(RosterFiles.row("接口导入", RosterFiles.newCitizenId(), org), broken));

        MvcResult started = mvc.perform(multipart("/api/v1/members/imports")
                        .file(new MockMultipartFile("file", "名册.xlsx", RosterDownloads.XLSX, xlsx))
                        .with(httpBasic(secretary, PASSWORD)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.fileName").value("名册.xlsx"))
                .andReturn();
        String id = JsonPath.read(started.getResponse().getContentAsString(), "$.id");
        awaitState(id, "VALIDATED");

        mvc.perform(get("/api/v1/members/imports/{id}/problems", id).with(httpBasic(secretary, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].rowNumber").value(3))
                .andExpect(jsonPath("$.items[0].column").value("民族"));
        mvc.perform(post("/api/v1/members/imports/{id}/confirm", id).param("mode", "ALL_OR_NOTHING")
                        .with(httpBasic(secretary, PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/members/imports/{id}", id).with(httpBasic(secretary, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共2行，有效1行，有错误1行")))
                .andExpect(content().string(containsString("id=\"confirm-all\"")));
        mvc.perform(post("/api/v1/members/imports/{id}/confirm", id).param("mode", "VALID_ROWS_ONLY")
                        .with(httpBasic(secretary, PASSWORD)))
                .andExpect(status().isAccepted());
        String done = awaitState(id, "DONE");
        assertThat((Integer) JsonPath.read(done, "$.insertedRows")).isEqualTo(1);
    }

    @Test
    void aRoleWithoutImportPermissionGetsA403Problem() throws Exception {
        mvc.perform(multipart("/api/v1/members/imports")
                        .file(new MockMultipartFile("file", "名册.xlsx", RosterDownloads.XLSX, new byte[]{1}))
                        .with(httpBasic(member, PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("您没有“导入党员名册”的权限"));
        mvc.perform(get("/api/v1/members/export").with(httpBasic(member, PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("Content-Disposition"));
    }

    @Test
    void exportAndTemplateDownloadAsNamedWorkbooks() throws Exception {
        MvcResult export = mvc.perform(get("/api/v1/members/export").param("kind", "FULL")
                        .with(httpBasic(secretary, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(RosterDownloads.XLSX))
                .andExpect(header().string("Content-Disposition",
                        containsString("filename*=UTF-8''%E5%85%9A%E5%91%98%E5%90%8D%E5%86%8C-")))
                .andReturn();
        var rows = RosterFiles.readAll(export.getResponse().getContentAsByteArray());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(RosterColumns.ORG.ordinal())).isEqualTo(orgs.ref(tree.a1()).orElseThrow().name());
        mvc.perform(get("/api/v1/members/export").param("orgId", String.valueOf(tree.a2()))
                        .with(httpBasic(secretary, PASSWORD)))
                .andExpect(status().isNotFound());

        MvcResult template = mvc.perform(get("/api/v1/members/template").with(httpBasic(secretary, PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        assertThat(RosterFiles.readAll(template.getResponse().getContentAsByteArray()).get(0).values())
                .containsExactlyElementsOf(RosterColumns.headers());
    }

    private String awaitState(String id, String state) throws Exception {
        String body = "";
        for (int i = 0; i < 600; i++) {
            body = mvc.perform(get("/api/v1/members/imports/{id}", id).with(httpBasic(secretary, PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            String current = JsonPath.read(body, "$.state");
            if (!current.equals("VALIDATING") && !current.equals("IMPORTING")) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat((String) JsonPath.read(body, "$.state")).as(body).isEqualTo(state);
        return body;
    }
}
