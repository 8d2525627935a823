package cn.dangjian.web;

import java.util.List;

import cn.dangjian.identity.AccountAdministration;
import cn.dangjian.identity.Accounts;
import cn.dangjian.identity.AuditEntry;
import cn.dangjian.identity.AuditQuery;
import cn.dangjian.identity.AuditTrail;
import cn.dangjian.identity.NewAccount;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A password an administrator chose must be replaced by its holder before anything else; everyone changes
 * their own password with the old one and the new one twice; downloads of personal data are audited.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PasswordChangeWebTests {

    private static final String INITIAL = "Kx7#mPq2vL";
    private static final String CHOSEN = "Mine!2026abc";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    Accounts accounts;
    @Autowired
    cn.dangjian.identity.SignIn signIn;
    @Autowired
    AccountAdministration administration;
    @Autowired
    AuditTrail audit;

    @Test
    void aNewAccountMustChangeItsInitialPasswordBeforeAnythingElse() throws Exception {
        TestTree.Tree t = trees.build();
        AccessScope admin = signIn.scopeOf(trees.account("PLATFORM_ADMIN", null, null));
        String user = "fresh" + System.nanoTime() % 100_000_000;
        accounts.create(admin, new NewAccount(user, INITIAL, "新同志", "PARTY_WORKER", t.a1(), null, List.of()));

        mvc.perform(get("/api/v1/members").with(httpBasic(user, INITIAL)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("初始密码")));
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", user)
                        .param("password", INITIAL).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
        mvc.perform(get("/members").session(session)).andExpect(redirectedUrl("/password"));
        mvc.perform(get("/password").session(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("管理员设置的初始密码")));

        mvc.perform(post("/password").session(session).with(csrf()).param("currentPassword", "wrong")
                        .param("newPassword", "short").param("repeatedPassword", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("原密码：不正确")))
                .andExpect(content().string(containsString("新密码：至少10位")))
                .andExpect(content().string(containsString("确认新密码：与新密码不一致")));
        mvc.perform(get("/members").session(session)).andExpect(redirectedUrl("/password"));

        mvc.perform(post("/password").session(session).with(csrf()).param("currentPassword", INITIAL)
                .param("newPassword", CHOSEN).param("repeatedPassword", CHOSEN)).andExpect(redirectedUrl("/password"));
        mvc.perform(get("/members").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/members").with(httpBasic(user, CHOSEN))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/members").with(httpBasic(user, INITIAL))).andExpect(status().isUnauthorized());
        assertThat(audit.search(AccessScope.system(), new AuditQuery(user, "账号", user, null, null),
                PageRequest.of(1, 10)).items()).extracting(AuditEntry::action).contains("修改密码", "登录");
    }

    @Test
    void aResetPasswordMustBeChangedAgainWhileTestAndDemoAccountsNeedNot() throws Exception {
        TestTree.Tree t = trees.build();
        String user = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        mvc.perform(get("/api/v1/members").with(httpBasic(user, TestTree.PASSWORD))).andExpect(status().isOk());
        AccessScope security = signIn.scopeOf(trees.account("SECURITY_ADMIN", null, null));
        administration.resetPassword(security, signIn.scopeOf(user).userId(), INITIAL);
        mvc.perform(get("/api/v1/members").with(httpBasic(user, INITIAL))).andExpect(status().isForbidden());
    }

    @Test
    void downloadingTheRosterIsAuditedWithTheRequestAndAddress() throws Exception {
        TestTree.Tree t = trees.build();
        String user = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        mvc.perform(get("/members/export?orgId=" + t.a1()).with(httpBasic(user, TestTree.PASSWORD))
                .with(request -> {
                    request.setRemoteAddr("10.88.0.7");
                    return request;
                })).andExpect(status().isOk());
        mvc.perform(get("/members/export").param("orgId", String.valueOf(t.a2())).with(httpBasic(user, TestTree.PASSWORD)))
                .andExpect(status().is4xxClientError());
        assertThat(audit.search(AccessScope.system(), new AuditQuery(user, "个人信息导出", null, null, null),
                PageRequest.of(1, 10)).items()).singleElement().satisfies(e -> {
                    assertThat(e.recordId()).isEqualTo("党员名册");
                    assertThat(e.changes()).extracting(c -> c.field() + "=" + c.newValue()).containsExactly(
                            "内容=GET /members/export?orgId=" + t.a1(), "来源地址=10.88.0.7");
                });
    }

    @Test
    void theAuditorsPageReportsTheChainAndExportsTheTrail() throws Exception {
        String auditor = trees.account("AUDITOR", null, null);
        mvc.perform(get("/audit/integrity").with(httpBasic(auditor, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("审计日志完整，共")));
        mvc.perform(get("/api/v1/audit/integrity").with(httpBasic(auditor, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));
        mvc.perform(get("/audit/export.xlsx").param("recordType", "账号").with(httpBasic(auditor, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        String admin = trees.account("PLATFORM_ADMIN", null, null);
        mvc.perform(get("/api/v1/audit/integrity").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
