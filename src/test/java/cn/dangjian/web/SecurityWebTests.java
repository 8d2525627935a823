package cn.dangjian.web;

import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Login, lock-out, API authentication and the OpenAPI document. */
@IntegrationTest
@AutoConfigureMockMvc
class SecurityWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;

    @Test
    void pagesRedirectToLoginAndTheApiAnswers401InChinese() throws Exception {
        mvc.perform(get("/members")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/members"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("未登录"));
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("用户名")));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithoutSayingSo() throws Exception {
        TestTree.Tree t = trees.build();
        String user = trees.account("BRANCH_SECRETARY", t.a1(), null);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", user).param("password", "wrong-" + i).with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", user).param("password", TestTree.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("用户名或密码错误，或账号已被暂时锁定")));
        mvc.perform(get("/api/v1/members").with(httpBasic(user, TestTree.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("用户名或密码错误，或账号已被暂时锁定"));
    }

    @Test
    void theRightPasswordResetsTheFailureCount() throws Exception {
        TestTree.Tree t = trees.build();
        String user = trees.account("BRANCH_SECRETARY", t.a1(), null);
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login").param("username", user).param("password", "wrong").with(csrf()));
        }
        mvc.perform(post("/login").param("username", user).param("password", TestTree.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("username", user).param("password", "wrong").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("username", user).param("password", TestTree.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void anAuditorSeesTheTrailButNoMembers() throws Exception {
        TestTree.Tree t = trees.build();
        String auditor = trees.account("AUDITOR", null, null);
        mvc.perform(get("/api/v1/audit").param("recordType", "党员").param("recordId", String.valueOf(t.memberA1()))
                        .with(httpBasic(auditor, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].action").value("新增"));
        mvc.perform(get("/audit").with(httpBasic(auditor, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("审计日志")));
        mvc.perform(get("/api/v1/members").with(httpBasic(auditor, TestTree.PASSWORD)))
                .andExpect(status().isForbidden());
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), null);
        mvc.perform(get("/api/v1/audit").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("机关党建工作平台 API"))
                .andExpect(jsonPath("$.paths['/api/v1/members']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/orgs/{id}/move']").exists());
    }
}
