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

/** 用户管理 as the 系统管理员 and the 安全管理员 see it. */
@IntegrationTest
@AutoConfigureMockMvc
class AccountPagesWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;

    @Test
    void theSystemAdministratorOpensOrdinaryAccountsOnlyAndIsToldWhy() throws Exception {
        TestTree.Tree t = trees.build();
        String admin = trees.account("PLATFORM_ADMIN", null, null);
        mvc.perform(get("/accounts").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("开设账号"), containsString("value=\"PARTY_WORKER\""),
                        not(containsString("value=\"AUDITOR\"")), not(containsString("value=\"SECURITY_ADMIN\"")))));
        mvc.perform(post("/accounts").with(httpBasic(admin, TestTree.PASSWORD)).with(csrf())
                        .param("username", "pw" + t.a1()).param("password", "Kx7#mPq2vL").param("displayName", "张三")
                        .param("roleCode", "AUDITOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“安全审计员”是特权角色，只能由安全管理员授予")));
        mvc.perform(post("/accounts").with(httpBasic(admin, TestTree.PASSWORD)).with(csrf())
                        .param("username", "pw" + t.a1()).param("password", "password").param("displayName", "张三")
                        .param("roleCode", "PARTY_WORKER").param("orgId", String.valueOf(t.a1())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("初始密码：至少10位")));
        mvc.perform(post("/accounts").with(httpBasic(admin, TestTree.PASSWORD)).with(csrf())
                        .param("username", "pw" + t.a1()).param("password", "Kx7#mPq2vL").param("displayName", "张三")
                        .param("roleCode", "PARTY_WORKER").param("orgId", String.valueOf(t.a1())))
                .andExpect(redirectedUrl("/accounts"));
    }

    @Test
    void theSecurityAdministratorAssignsPrivilegedRolesButOpensNoAccounts() throws Exception {
        String security = trees.account("SECURITY_ADMIN", null, null);
        mvc.perform(get("/accounts").with(httpBasic(security, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"AUDITOR\""), containsString("分配角色和数据范围"),
                        not(containsString("<h2 class=\"h6\">开设账号</h2>")))));
        String auditor = trees.account("AUDITOR", null, null);
        mvc.perform(get("/accounts").with(httpBasic(auditor, TestTree.PASSWORD))).andExpect(status().isForbidden());
    }
}
