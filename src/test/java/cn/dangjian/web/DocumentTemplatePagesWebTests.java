package cn.dangjian.web;

import cn.dangjian.documents.CustomTemplates;
import cn.dangjian.documents.DocumentTemplate;
import cn.dangjian.documents.TemplateSource;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import cn.dangjian.support.WordFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The 文书格式 page and API: upload through the form, the check's message on the page, scope and permissions. */
@IntegrationTest
@AutoConfigureMockMvc
class DocumentTemplatePagesWebTests {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    CustomTemplates templates;

    @Test
    void aCommitteeUploadsItsFormatThroughThePageAndSeesWhyABrokenOneIsRefused() throws Exception {
        TestTree.Tree t = trees.build();
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);

        mvc.perform(get("/orgs/{id}", t.a()).with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("id=\"org-templates\"")));
        mvc.perform(get("/documents/templates").param("orgId", String.valueOf(t.a()))
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("自定义格式仅用于 Word 文档；PDF 使用平台标准格式")))
                .andExpect(content().string(containsString("{{会议地点}}")))
                .andExpect(content().string(containsString("上传本组织模板")));

        MockMultipartFile broken = new MockMultipartFile("file", "错误格式.docx", DOCX,
                WordFiles.paragraphs("{{组织名称}}会议记录", "地点：{{会议地址}}"));
        mvc.perform(multipart("/documents/templates/{kind}", "MEETING_RECORD").file(broken)
                        .param("orgId", String.valueOf(t.a())).with(httpBasic(committee, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"problem-MEETING_RECORD\"")))
                .andExpect(content().string(containsString("模板文件：模板中有未知的占位符 {{会议地址}}")));
        assertThat(templates.inForce(AccessScope.system(), t.a(), DocumentTemplate.MEETING_RECORD).source())
                .isEqualTo(TemplateSource.BUILT_IN);

        MockMultipartFile valid = new MockMultipartFile("file", "党委会议记录.docx", DOCX,
                WordFiles.paragraphs("党委专用格式 {{组织名称}}"));
        // a signed-in browser session (no Basic header) must send the form's CSRF token
        mvc.perform(multipart("/documents/templates/{kind}", "MEETING_RECORD").file(valid)
                        .param("orgId", String.valueOf(t.a())).with(user(committee)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/documents/templates/{kind}", "MEETING_RECORD").file(valid)
                        .param("orgId", String.valueOf(t.a())).with(httpBasic(committee, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("已上传“会议记录”模板")));
        mvc.perform(get("/documents/templates").param("orgId", String.valueOf(t.a1()))
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(content().string(containsString("沿用上级组织“测试局机关党委")))
                .andExpect(content().string(containsString("下载上级组织模板")));
        byte[] inForce = mvc.perform(get("/documents/templates/{kind}/in-force.docx", "MEETING_RECORD")
                        .param("orgId", String.valueOf(t.a1())).with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(WordFiles.text(inForce)).contains("党委专用格式");

        mvc.perform(post("/documents/templates/{kind}/remove", "MEETING_RECORD").param("orgId", String.valueOf(t.a()))
                        .with(httpBasic(committee, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("现平台标准格式")));
    }

    @Test
    void aBranchSecretaryMaySeeTheFormatsButNotChangeThem() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());

        mvc.perform(get("/orgs/{id}", t.a1()).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(not(containsString("id=\"org-templates\""))));
        mvc.perform(get("/documents/templates").param("orgId", String.valueOf(t.a1()))
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("平台标准格式")))
                .andExpect(content().string(not(containsString("上传本组织模板"))));
        byte[] builtIn = mvc.perform(get("/documents/templates/{kind}/built-in.docx", "ATTENDANCE_SHEET")
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(WordFiles.text(builtIn)).contains("{{组织名称}}", "[出席情况]");
        mvc.perform(multipart("/documents/templates/{kind}", "MEETING_RECORD")
                        .file(new MockMultipartFile("file", "x.docx", DOCX, WordFiles.paragraphs("{{组织名称}}")))
                        .param("orgId", String.valueOf(t.a1())).with(httpBasic(secretary, TestTree.PASSWORD)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("维护党组织")));
        mvc.perform(get("/documents/templates").param("orgId", String.valueOf(t.a2()))
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiStoresReplacesAndRemovesWithinTheCallersScope() throws Exception {
        TestTree.Tree t = trees.build();
        String a1Committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a1(), null);
        String base = "/api/v1/orgs/{orgId}/document-templates/{kind}";
        byte[] valid = WordFiles.paragraphs("支部格式 {{组织名称}}");

        mvc.perform(put(base, t.a1(), "MEETING_RECORD").param("fileName", "支部格式.docx").contentType(DOCX)
                        .content(valid).with(httpBasic(a1Committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("OWN"))
                .andExpect(jsonPath("$.fileName").value("支部格式.docx"));
        mvc.perform(put(base, t.a1(), "MEETING_RECORD").contentType(DOCX)
                        .content(WordFiles.paragraphs("{{会议地址}}")).with(httpBasic(a1Committee, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("template"))
                .andExpect(jsonPath("$.errors[0].message", containsString("{{会议地址}}")));
        mvc.perform(get(base, t.a1(), "MEETING_RECORD").with(httpBasic(a1Committee, TestTree.PASSWORD)))
                .andExpect(jsonPath("$.fileName").value("支部格式.docx"));
        mvc.perform(multipart(org.springframework.http.HttpMethod.PUT, base, t.a1(), "MEETING_RECORD")
                        .file(new MockMultipartFile("file", "表单上传.docx", DOCX, WordFiles.paragraphs("{{组织名称}}")))
                        .with(httpBasic(a1Committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fileName").value("表单上传.docx"));
        byte[] file = mvc.perform(get(base + "/file", t.a2(), "MEETING_RECORD")
                        .with(httpBasic(a1Committee, TestTree.PASSWORD)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(file, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("PK");

        mvc.perform(put(base, t.a2(), "MEETING_RECORD").contentType(DOCX).content(valid)
                        .with(httpBasic(a1Committee, TestTree.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(put(base, t.a(), "MEETING_RECORD").contentType(DOCX).content(valid)
                        .with(httpBasic(a1Committee, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orgs/{orgId}/document-templates", t.a2()).with(httpBasic(a1Committee, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base, t.a1(), "NO_SUCH_KIND").with(httpBasic(a1Committee, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));

        mvc.perform(delete(base, t.a1(), "MEETING_RECORD").with(httpBasic(a1Committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("BUILT_IN"));
        mvc.perform(delete(base, t.a1(), "MEETING_RECORD").with(httpBasic(a1Committee, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
