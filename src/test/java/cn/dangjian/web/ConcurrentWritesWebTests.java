package cn.dangjian.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The same thing submitted twice, or ten times at once: one is stored, the others are told in Chinese what
 * already exists (409) — never a second record, never a 500.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ConcurrentWritesWebTests {

    private static final int CLIENTS = 10;
    private static final AtomicInteger PEOPLE = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;

    private static String person() {
        return TestTree.citizenId(LocalDate.of(1994, 11, 2), PEOPLE.getAndIncrement(), true);
    }

    private static String application(long orgId, String citizenId) {
        return """
                {"orgId":%d,"name":"赵子衡","citizenId":"%s","ethnicity":"HAN","education":"BACHELOR",
                 "position":"科员","appliedOn":"2026-03-02"}""".formatted(orgId, citizenId);
    }

    @Test
    void aSecondApplicationOfTheSamePersonIsRefusedNamingTheOpenCase() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String otherBranch = trees.account("BRANCH_SECRETARY", t.a2(), t.memberA2());
        String id = person();
        String created = mvc.perform(json("/api/v1/recruitment/cases", application(t.a1(), id), secretary))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String caseId = created.replaceAll("^\\{\"id\":(\\d+).*$", "$1");

        mvc.perform(json("/api/v1/recruitment/cases", application(t.a1(), id), secretary))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(allOf(containsString("已有未结束的发展党员案例"),
                        containsString("编号" + caseId), containsString("测试局第一党支部"))));
        // Another branch learns only that a case exists elsewhere, not where or which.
        mvc.perform(json("/api/v1/recruitment/cases", application(t.a2(), id), otherBranch))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("在其他党组织已有未结束的发展党员案例")))
                .andExpect(jsonPath("$.detail").value(not(containsString(caseId))));
    }

    @Test
    void tenConcurrentApplicationsOfOnePersonOpenOneCase() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String id = person();
        List<MockHttpServletResponse> answers = concurrently(
                () -> json("/api/v1/recruitment/cases", application(t.a1(), id), secretary));

        assertOneCreatedRestConflict(answers, "发展党员案例");
        mvc.perform(get("/api/v1/recruitment/cases")
                        .param("orgId", String.valueOf(t.a1())).with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void tenConcurrentAppraisalsOfOneBranchAndYearStoreOne() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String body = """
                {"orgId":%d,"year":2025,"heldOn":"2025-12-10",
                 "entries":[{"memberId":%d,"grade":"合格"}]}""".formatted(t.a1(), t.memberA1());
        assertOneCreatedRestConflict(concurrently(() -> json("/api/v1/appraisals", body, secretary)), "民主评议");
    }

    @Test
    void tenConcurrentNewTermsOfOneOrganizationStoreOne() throws Exception {
        TestTree.Tree t = trees.build();
        String staff = trees.account("WORK_COMMITTEE_STAFF", t.root(), null);
        String body = """
                {"termNumber":1,"startedOn":"2024-06-01","dueEndOn":"2027-06-01","formation":"ELECTED",
                 "posts":[{"post":"SECRETARY","memberId":%d}]}""".formatted(t.memberA1());
        assertOneCreatedRestRefused(concurrently(() -> json("/api/v1/orgs/" + t.a1() + "/terms", body, staff)),
                "届次", "termNumber");
    }

    @Test
    void tenConcurrentMembersWithOneCitizenIdStoreOne() throws Exception {
        TestTree.Tree t = trees.build();
        String staff = trees.account("WORK_COMMITTEE_STAFF", t.root(), null);
        String body = """
                {"name":"钱立新","ethnicity":"HAN","citizenId":"%s","education":"BACHELOR","joinedOn":"2015-07-01",
                 "confirmedOn":"2016-07-01","kind":"FULL","orgId":%d}""".formatted(person(), t.a1());
        assertOneCreatedRestRefused(concurrently(() -> json("/api/v1/members", body, staff)), "身份证号",
                "citizenId");
    }

    private interface Request {
        MockHttpServletRequestBuilder build() throws Exception;
    }

    /** Ten clients released at the same moment. */
    private List<MockHttpServletResponse> concurrently(Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch ready = new CountDownLatch(CLIENTS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                MockHttpServletRequestBuilder builder = request.build();
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return mvc.perform(builder).andReturn().getResponse();
                }));
            }
            ready.await();
            go.countDown();
            List<MockHttpServletResponse> answers = new ArrayList<>();
            for (Future<MockHttpServletResponse> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One stored; every other client told in Chinese that it already exists (409), none a 500. */
    private static void assertOneCreatedRestConflict(List<MockHttpServletResponse> answers, String namedInMessage)
            throws Exception {
        assertOneCreatedRestRefused(answers, namedInMessage, null);
    }

    /**
     * One stored; every other client refused without a 500: 409 when it lost the race at the database, or — when it
     * arrived after the winner had committed — the module's own check, 400 naming {@code field} (a member's
     * 身份证号 already on the roll, a term number no longer after the last one).
     */
    private static void assertOneCreatedRestRefused(List<MockHttpServletResponse> answers, String namedInMessage,
                                                    String field) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (MockHttpServletResponse answer : answers) {
            bodies.add(answer.getStatus() + " " + answer.getContentAsString(StandardCharsets.UTF_8));
        }
        List<Integer> statuses = answers.stream().map(MockHttpServletResponse::getStatus).toList();
        assertThat(statuses).as("answers %s", bodies).filteredOn(s -> s == 201 || s == 200).hasSize(1);
        for (MockHttpServletResponse answer : answers) {
            int status = answer.getStatus();
            if (status == 201 || status == 200) {
                continue;
            }
            String body = answer.getContentAsString(StandardCharsets.UTF_8);
            assertThat(answer.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(body).doesNotContain("Exception", "constraint", "duplicate key", "SQL");
            if (status == 409) {
                assertThat(body).as("answers %s", bodies).contains(namedInMessage);
            } else {
                assertThat(field).as("answers %s", bodies).isNotNull();
                assertThat(status).as("answers %s", bodies).isEqualTo(400);
                assertThat(body).contains("\"field\":\"" + field + "\"");
            }
        }
    }

    private static MockHttpServletRequestBuilder json(String path, String body, String user) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic(user, TestTree.PASSWORD));
    }
}
