package cn.dangjian.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.dangjian.identity.AuditEntry;
import cn.dangjian.identity.AuditQuery;
import cn.dangjian.identity.AuditTrail;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A failed sign-in says the same whatever the reason; one address that keeps failing is refused for a while;
 * and sign-ins, failures (with the username as typed and the address, never the password), lock-outs and
 * sign-outs are in the audit trail.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LoginHardeningWebTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final String GENERIC = "用户名或密码错误，或账号已被暂时锁定";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    AuditTrail audit;

    @Test
    void anUnknownUserAWrongPasswordAndALockedAccountAllGetTheSameAnswer() throws Exception {
        TestTree.Tree t = trees.build();
        String user = trees.account("BRANCH_SECRETARY", t.a1(), null);
        RequestPostProcessor from = from(freshAddress());
        mvc.perform(post("/login").param("username", "nobody-" + user).param("password", "x").with(csrf()).with(from))
                .andExpect(redirectedUrl("/login?error"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", user).param("password", "wrong").with(csrf()).with(from))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", user).param("password", TestTree.PASSWORD).with(csrf()).with(from))
                .andExpect(redirectedUrl("/login?error"));
        for (String name : List.of("nobody-" + user, user)) {
            for (String password : List.of("wrong", TestTree.PASSWORD)) {
                mvc.perform(get("/api/v1/members").with(httpBasic(name, password)).with(from))
                        .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail").value(GENERIC));
            }
        }
    }

    @Test
    void anAddressWithTwentyFailuresIsRefusedEvenWithTheRightPasswordOtherAddressesAreNot() throws Exception {
        TestTree.Tree t = trees.build();
        String user = trees.account("BRANCH_SECRETARY", t.a1(), null);
        RequestPostProcessor attacker = from(freshAddress());
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/login").param("username", "guess" + i).param("password", "wrong").with(csrf())
                    .with(attacker)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", user).param("password", TestTree.PASSWORD).with(csrf())
                .with(attacker)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/members").with(httpBasic(user, TestTree.PASSWORD)).with(attacker))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail").value(GENERIC));
        mvc.perform(post("/login").param("username", user).param("password", TestTree.PASSWORD).with(csrf())
                .with(from(freshAddress()))).andExpect(redirectedUrl("/"));
    }

    @Test
    void signInsFailuresLockOutsAndSignOutsAreAudited() throws Exception {
        TestTree.Tree t = trees.build();
        String user = trees.account("BRANCH_SECRETARY", t.a1(), null);
        String address = freshAddress();
        mvc.perform(post("/login").param("username", user).param("password", "Secret-typo-1").with(csrf())
                .with(from(address)));
        var session = mvc.perform(post("/login").param("username", user).param("password", TestTree.PASSWORD)
                .with(csrf()).with(from(address))).andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
        mvc.perform(post("/logout").session((org.springframework.mock.web.MockHttpSession) session).with(csrf())
                .with(from(address)).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login?logout"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", user).param("password", "Secret-typo-2").with(csrf())
                    .with(from(address)));
        }
        mvc.perform(post("/login").param("username", "ghost-" + user).param("password", "Secret-typo-3").with(csrf())
                .with(from(address)));

        List<AuditEntry> mine = trail(user);
        assertThat(mine).extracting(AuditEntry::action).containsExactly("锁定账号", "登录失败", "登录失败", "登录失败",
                "登录失败", "登录失败", "退出", "登录", "登录失败");
        assertThat(mine.get(1).changes()).extracting(c -> c.field() + "=" + c.newValue())
                .containsExactly("来源地址=" + address, "原因=密码错误");
        assertThat(mine.get(7).changes()).extracting(c -> c.field() + "=" + c.newValue())
                .containsExactly("来源地址=" + address);
        assertThat(trail("ghost-" + user)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("ghost-" + user);
            assertThat(e.changes()).extracting(c -> c.newValue()).containsExactly(address, "用户名不存在");
        });
        assertThat(audit.search(AccessScope.system(), new AuditQuery(null, "账号", null, null, null),
                PageRequest.of(1, 200)).items()).flatExtracting(AuditEntry::changes)
                .noneMatch(c -> String.valueOf(c.newValue()).contains("Secret-typo"));
    }

    private List<AuditEntry> trail(String username) {
        return audit.search(AccessScope.system(), new AuditQuery(null, "账号", username, null, null),
                PageRequest.of(1, 50)).items().stream().filter(e -> !e.action().equals("开设账号")).toList();
    }

    private static String freshAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
