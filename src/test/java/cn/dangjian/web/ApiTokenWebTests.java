package cn.dangjian.web;

import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.identity.SignIn;
import cn.dangjian.identity.ApiTokens;
import cn.dangjian.identity.AuditEntry;
import cn.dangjian.identity.AuditQuery;
import cn.dangjian.identity.AuditTrail;
import cn.dangjian.identity.internal.ApiTokenSecret;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestClock;
import cn.dangjian.support.TestTree;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code Authorization: Bearer} with a personal API token, over HTTP: the holder's own scope (the secretary of
 * A1 cannot read A2), no session, 401 in Chinese for a bad, revoked or guessed token, no effect on pages,
 * per-address throttling shared with passwords, and the audit trail.
 */
@ClockedIntegrationTest
class ApiTokenWebTests {

    private static final String REFUSED = "访问令牌无效、已过期或已被撤销";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    SignIn signIn;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AuditTrail audit;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    TestTree.Tree t;
    String a1Secretary;

    @BeforeEach
    void tree() {
        clock.set(LocalDateTime.now(TestClock.BEIJING));
        t = trees.build();
        a1Secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
    }

    @Test
    void aTokenReadsExactlyWhatItsHolderMayAndOpensNoSession() throws Exception {
        String token = tokens.create(signIn.scopeOf(a1Secretary), "接口", null).secret();

        var result = mvc.perform(get("/api/v1/members").param("page", "1").param("size", "20").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(t.memberA1()))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        mvc.perform(get("/api/v1/members").param("orgId", String.valueOf(t.a2())).with(bearer(token)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("不在您的管理范围内")));
        mvc.perform(get("/api/v1/members/{id}", t.memberA2()).with(bearer(token))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orgs/{id}", t.a2()).with(bearer(token))).andExpect(status().isNotFound());
    }

    @Test
    void aBadTokenIsRefusedInChineseEvenBesideAValidSession() throws Exception {
        String wellFormedButUnknown = ApiTokenSecret.generate();
        for (String bad : List.of("garbage", wellFormedButUnknown)) {
            mvc.perform(get("/api/v1/members").with(bearer(bad)).with(from("10.32.0.1")))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(REFUSED));
        }
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", a1Secretary)
                .param("password", TestTree.PASSWORD).with(csrf())).andReturn().getRequest().getSession();
        mvc.perform(get("/api/v1/members").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/members").session(session).with(bearer(wellFormedButUnknown)).with(from("10.32.0.1")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail").value(REFUSED));
        assertThat(trail(null, "访问令牌认证失败")).anySatisfy(e ->
                assertThat(e.changes().toString()).contains("令牌不存在", "10.32.0.1"));
    }

    @Test
    void aTokenDoesNotSignInToThePages() throws Exception {
        String token = tokens.create(signIn.scopeOf(a1Secretary), "接口", null).secret();
        mvc.perform(get("/members").with(bearer(token))).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account/tokens").with(bearer(token))).andExpect(redirectedUrl("/login"));
    }

    @Test
    void tokensAreCreatedAndRevokedOverTheApiAndEveryStepIsAudited() throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(a1Secretary, TestTree.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"同步脚本\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token.name").value("同步脚本"))
                .andReturn().getResponse().getContentAsString();
        String secret = JsonPath.read(body, "$.secret");
        int id = JsonPath.read(body, "$.token.id");
        mvc.perform(get("/api/v1/tokens").with(bearer(secret)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].prefix").value(secret.substring(0, 9)))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/api/v1/members").with(bearer(secret))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/tokens").with(bearer(secret)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"再造一个\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(containsString("不能用访问令牌创建")));

        mvc.perform(delete("/api/v1/tokens/{id}", id).with(bearer(secret))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/members").with(bearer(secret)).with(from("10.33.0.1")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail").value(REFUSED));

        assertThat(trail(a1Secretary, null)).extracting(AuditEntry::action)
                .containsOnlyOnce("创建访问令牌", "使用访问令牌（当天首次）", "撤销访问令牌")
                .contains("访问令牌认证失败");
    }

    @Test
    void tokenGuessingFromOneAddressIsThrottledLikePasswordGuessing() throws Exception {
        String token = tokens.create(signIn.scopeOf(a1Secretary), "接口", null).secret();
        String guesser = "10.34.0." + (System.nanoTime() % 200 + 1);
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/v1/members").with(bearer(ApiTokenSecret.generate())).with(from(guesser)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/members").with(bearer(token)).with(from(guesser))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/members").with(httpBasic(a1Secretary, TestTree.PASSWORD)).with(from(guesser)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/members").with(bearer(token)).with(from("10.35.0.1"))).andExpect(status().isOk());
        assertThat(trail(null, "来源地址暂时拒绝登录")).anySatisfy(e ->
                assertThat(e.changes().toString()).contains(guesser));
    }

    @Test
    void anAccountThatMustChangeItsPasswordCannotUseItsTokens() throws Exception {
        String token = tokens.create(signIn.scopeOf(a1Secretary), "接口", null).secret();
        jdbc.sql("UPDATE app_user SET password_change_required = true WHERE username = :u").param("u", a1Secretary)
                .update();
        mvc.perform(get("/api/v1/members").with(bearer(token)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(containsString("初始密码")));
    }

    @Test
    void theTokensPageShowsANewSecretOnceAndTheSecurityAdministratorRevokesFromIt() throws Exception {
        String page = mvc.perform(post("/account/tokens").with(httpBasic(a1Secretary, TestTree.PASSWORD))
                        .param("name", "网页创建").param("expiresOn", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("离开本页后将无法再次查看")))
                .andReturn().getResponse().getContentAsString();
        String secret = page.replaceAll("(?s).*id=\"token-secret\"[^>]*value=\"(dj_[^\"]+)\".*|(?s).*value=\"(dj_[^\"]+)\"[^>]*id=\"token-secret\".*", "$1$2");
        assertThat(secret).matches("dj_[A-Za-z0-9_-]{43}");
        mvc.perform(get("/account/tokens").with(httpBasic(a1Secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("网页创建")))
                .andExpect(content().string(not(containsString(secret))));

        String colleague = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        mvc.perform(get("/account/tokens").param("username", a1Secretary).with(httpBasic(colleague, TestTree.PASSWORD)))
                .andExpect(status().isForbidden());
        String security = trees.account("SECURITY_ADMIN", null, null);
        long id = tokens.list(signIn.scopeOf(a1Secretary), null).get(0).id();
        mvc.perform(get("/account/tokens").param("username", a1Secretary).with(httpBasic(security, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("网页创建")));
        mvc.perform(post("/account/tokens/{id}/revoke", id).param("username", a1Secretary)
                        .with(httpBasic(security, TestTree.PASSWORD)))
                .andExpect(redirectedUrlPattern("/account/tokens?username=*"));
        mvc.perform(get("/api/v1/members").with(bearer(secret)).with(from("10.36.0.1")))
                .andExpect(status().isUnauthorized());
    }

    private List<AuditEntry> trail(String recordId, String action) {
        return audit.search(AccessScope.system(), new AuditQuery(null, "账号", recordId, null, null),
                PageRequest.of(1, 100)).items().stream().filter(e -> action == null || e.action().equals(action)).toList();
    }

    private static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
