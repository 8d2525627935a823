package cn.dangjian.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.PdfFiles;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every mapped handler — enumerated from the request mappings, so a new endpoint is swept automatically — is
 * called by each scoped demo role against another organization's records and, for an ordinary member, against
 * colleagues' records in their own branch. A request that points at such a record must be refused (403/404);
 * no response, whatever it points at, may contain the other side's private text (PDF, Word and Excel bodies are
 * read as text); and none of the other side's rows may change.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointSweepTests {

    /** Handlers that are not about anyone's records. */
    private static final Set<String> OUTSIDE_THE_SWEEP = Set.of("/login", "/error");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired TestTree trees;
    @Autowired SweepFixture fixture;
    @Autowired OrgUnits orgs;
    @Autowired JdbcClient jdbc;

    record Sweep(String role, String username, SweepFixture.Target target, boolean orgIsForeign, List<String> markers) {
    }

    List<Sweep> sweeps;
    List<Long> foreignOrgs;

    @BeforeAll
    void twoPartyCommitteesWithPrivateRecords() {
        TestTree.Tree t = trees.build();
        AccessScope system = AccessScope.system();
        long b = orgs.create(system, new NewOrgUnit(t.root(), OrgType.PARTY_COMMITTEE, "巡检局机关党委" + t.root(), null,
                null, null));
        long b1 = orgs.create(system, new NewOrgUnit(b, OrgType.BRANCH, "巡检局第一党支部" + t.root(), null, null, null));
        SweepFixture.Target a2 = fixture.populate(t.a2(), "机密乙", null);
        SweepFixture.Target inB1 = fixture.populate(b1, "机密丙", null);
        SweepFixture.Target colleagues = fixture.populate(t.a1(), "机密甲", t.memberA1());
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String worker = trees.account("PARTY_WORKER", t.a1(), null);
        String member = trees.account("MEMBER", t.a1(), t.memberA1());
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        sweeps = List.of(
                new Sweep("党支部书记（本支部）", secretary, a2, true, List.of("机密乙", "机密丙")),
                new Sweep("党务工作者（本级）", worker, a2, true, List.of("机密乙", "机密丙")),
                new Sweep("普通党员（仅本人）", member, a2, true, List.of("机密乙", "机密丙", "机密甲")),
                new Sweep("普通党员（仅本人）对同支部党员", member, colleagues, false, List.of("机密乙", "机密丙", "机密甲")),
                new Sweep("机关党委书记（本级及下级）", committee, inB1, true, List.of("机密丙")));
        foreignOrgs = List.of(t.a1(), t.a2(), b1);
    }

    @Test
    void noRoleReachesAnotherOrganizationsOrAnotherMembersRecordsThroughAnyEndpoint() throws Exception {
        Map<String, String> before = snapshot();
        List<String> leaks = new ArrayList<>();
        int requests = 0;
        for (Sweep sweep : sweeps) {
            MockHttpSession session = signIn(sweep.username());
            for (var entry : handlers().entrySet()) {
                HandlerMethod handler = entry.getValue();
                RequestMappingInfo info = entry.getKey();
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (OUTSIDE_THE_SWEEP.contains(pattern)) {
                        continue;
                    }
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        SweepRequests.Built built = SweepRequests.build(HttpMethod.valueOf(method.name()), pattern,
                                handler, sweep.target(), sweep.orgIsForeign());
                        MockHttpServletResponse response = mvc.perform(built.request()
                                .session(session).with(csrf())).andReturn().getResponse();
                        requests++;
                        String problem = judge(sweep, built, response);
                        if (problem != null) {
                            leaks.add(sweep.role() + " " + method + " " + built.url() + " → " + problem);
                        }
                    }
                }
            }
        }
        assertThat(requests).as("swept requests").isGreaterThan(400);
        assertThat(leaks).as("端点巡检发现的问题").isEmpty();
        assertThat(snapshot()).as("other organizations' rows after the sweep").isEqualTo(before);
    }

    @Test
    void theSweepFailsForAnEndpointThatIgnoresScope() throws Exception {
        Sweep sweep = sweeps.get(0);
        MockHttpServletResponse leaking = new MockHttpServletResponse();
        leaking.setStatus(200);
        leaking.setContentType("application/json");
        leaking.getWriter().write("{\"topic\":\"" + sweep.target().marker() + "谈话主题\"}");
        SweepRequests.Built pointed = new SweepRequests.Built(null, "/api/v1/talks?orgId=" + sweep.target().orgId(), true);
        assertThat(judge(sweep, pointed, leaking)).contains("200").contains("机密乙");
        SweepRequests.Built unpointed = new SweepRequests.Built(null, "/api/v1/talks", false);
        assertThat(judge(sweep, unpointed, leaking)).contains("机密乙");
    }

    /** A browser session of the account (one password check for the whole sweep, not one per request). */
    private MockHttpSession signIn(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").param("username", username).param("password", TestTree.PASSWORD).session(session)
                .with(csrf())).andExpect(status().is3xxRedirection());
        return session;
    }

    /** Why the response is a leak, or {@code null} when it is not. */
    private String judge(Sweep sweep, SweepRequests.Built built, MockHttpServletResponse response) throws IOException {
        int status = response.getStatus();
        if (status >= 500) {
            return status + "（服务器错误）";
        }
        String body = text(response);
        for (String marker : sweep.markers()) {
            if (body.contains(marker)) {
                return status + "，响应中含有他人的记录（" + marker + "）";
            }
        }
        if (built.targetsRecord() && status != 403 && status != 404) {
            return status + "（应为403或404）";
        }
        return null;
    }

    private static String text(MockHttpServletResponse response) throws IOException {
        byte[] bytes = response.getContentAsByteArray();
        String type = String.valueOf(response.getContentType());
        if (type.contains("pdf") && bytes.length > 0) {
            return PdfFiles.text(bytes);
        }
        if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
            // streamed workbooks use data descriptors, which ZipInputStream cannot read: go by the central directory
            java.nio.file.Path file = java.nio.file.Files.createTempFile("sweep", ".zip");
            StringBuilder xml = new StringBuilder();
            try {
                java.nio.file.Files.write(file, bytes);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                        xml.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
            return xml.toString();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private Map<RequestMappingInfo, HandlerMethod> handlers() {
        Map<RequestMappingInfo, HandlerMethod> all = new java.util.LinkedHashMap<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(m -> m.getHandlerMethods()
                .forEach((info, h) -> {
                    if (h.getBeanType().getPackageName().startsWith("cn.dangjian")) {
                        all.put(info, h);
                    }
                }));
        return all;
    }

    /** A digest of every row that carries one of the swept organizations' ids, per table. */
    private Map<String, String> snapshot() {
        Map<String, String> digests = new TreeMap<>();
        List<String> tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.columns
                        WHERE table_schema = current_schema() AND column_name = 'org_id'
                          AND table_name NOT LIKE '%rollup' AND table_name NOT LIKE 'compliance%'
                          AND table_name NOT LIKE '%headcount' AND left(table_name, 4) <> 'app_' ORDER BY table_name""").query(String.class).list();
        for (String table : tables) {
            digests.put(table, jdbc.sql("SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
                            + table + " t WHERE org_id = ANY(:orgs)")
                    .param("orgs", foreignOrgs.toArray(new Long[0])).query(String.class).single());
        }
        return digests;
    }
}
