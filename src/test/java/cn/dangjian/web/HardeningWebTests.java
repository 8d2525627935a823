package cn.dangjian.web;

import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Browser hardening: a strict Content-Security-Policy and friends on every answer, redirects that never take the
 * host from the request's {@code Host} header, and an OpenAPI document without the internal data scope.
 */
@IntegrationTest
@AutoConfigureMockMvc
class HardeningWebTests {

    private static final String EVIL = "evil.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;

    @Test
    void everyAnswerCarriesTheContentSecurityReferrerAndPermissionsPolicies() throws Exception {
        for (String path : new String[] {"/login", "/api/v1/members", "/no-such-page"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("Content-Security-Policy", allOf(
                            containsString("default-src 'self'"), containsString("script-src 'self'"),
                            containsString("style-src 'self'"), containsString("object-src 'none'"),
                            containsString("base-uri 'self'"), containsString("frame-ancestors 'self'"),
                            containsString("form-action 'self'"), containsString("img-src 'self' data:"),
                            not(containsString("unsafe-inline")), not(containsString("unsafe-eval")))))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().string("Permissions-Policy", allOf(containsString("camera=()"),
                            containsString("microphone=()"), containsString("geolocation=()"))));
        }
        // Swagger UI alone injects styles of its own; its scripts stay restricted.
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("style-src 'self' 'unsafe-inline'"), containsString("script-src 'self';"))));
    }

    @Test
    void noRedirectTakesItsHostFromTheRequest() throws Exception {
        TestTree.Tree t = trees.build();
        String user = trees.account("WORK_COMMITTEE_STAFF", t.root(), null);
        MockHttpSession session = new MockHttpSession();

        MvcResult toLogin = mvc.perform(get("/members").header(HttpHeaders.HOST, EVIL).session(session))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertRelative(toLogin);
        assertThat(toLogin.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/login");

        MvcResult afterLogin = mvc.perform(post("/login").header(HttpHeaders.HOST, EVIL).session(session)
                        .param("username", user).param("password", TestTree.PASSWORD).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertRelative(afterLogin);
        assertThat(afterLogin.getResponse().getHeader(HttpHeaders.LOCATION)).startsWith("/members");

        MvcResult postRedirectGet = mvc.perform(post("/orgs/{id}/move", t.a1()).header(HttpHeaders.HOST, EVIL)
                        .param("parentId", String.valueOf(t.a2())).param("version", "0")
                        .session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertRelative(postRedirectGet);
        assertThat(postRedirectGet.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/orgs/" + t.a1());

        MvcResult logout = mvc.perform(post("/logout").header(HttpHeaders.HOST, EVIL).accept(MediaType.TEXT_HTML)
                        .session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertRelative(logout);
        assertThat(logout.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/login?logout");
    }

    private static void assertRelative(MvcResult result) {
        String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
        if (location != null) {
            assertThat(location).doesNotContain(EVIL).doesNotContain("://").doesNotStartWith("//");
        }
    }

    @Test
    void theOpenApiDocumentHasNoScopeParameter() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/members")))
                .andExpect(content().string(not(containsString("\"name\":\"scope\""))))
                .andExpect(content().string(not(containsString("AccessScope"))));
    }
}
