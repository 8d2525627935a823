package cn.dangjian.web;

import java.util.List;

import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a client or a person is told when a request goes wrong outside the business rules: wrong types in JSON
 * (the field is named), paging out of range (400, never 500), Spring MVC's own errors (in Chinese), unknown
 * addresses (the Chinese error page for people, problem+json for the API).
 */
@IntegrationTest
@AutoConfigureMockMvc
class ErrorAnswersWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;

    private TestTree.Tree tree;
    private String staff;

    @BeforeEach
    void setUp() {
        tree = trees.build();
        staff = trees.account("WORK_COMMITTEE_STAFF", tree.root(), null);
    }

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic(staff, TestTree.PASSWORD)));
    }

    private static void isChineseProblem(ResultActions answer, int status) throws Exception {
        answer.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value(matchesPattern(".*\\p{IsHan}.*")))
                .andExpect(jsonPath("$.detail").value(matchesPattern(".*\\p{IsHan}.*")))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("java."))))
                .andExpect(content().string(not(containsString("\"type\":\"null\""))));
    }

    @Test
    void aJsonTypeErrorNamesTheFieldAndWhatWasExpected() throws Exception {
        String application = """
                {"orgId":%s,"name":"周文","citizenId":"x","ethnicity":%s,"appliedOn":%s}""";
        ResultActions number = postJson("/api/v1/recruitment/cases", application.formatted("\"abc\"", "\"HAN\"", "null"));
        isChineseProblem(number, 400);
        number.andExpect(jsonPath("$.errors[0].field").value("orgId"))
                .andExpect(jsonPath("$.errors[0].message").value("应为整数"))
                .andExpect(jsonPath("$.detail").value("orgId：应为整数"));

        postJson("/api/v1/recruitment/cases", application.formatted(tree.a1(), "\"HAN\"", "\"2026-13-45\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("appliedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("应为日期，格式 yyyy-MM-dd"));

        postJson("/api/v1/recruitment/cases", application.formatted(tree.a1(), "\"火星族\"", "null"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ethnicity"))
                .andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("应为以下取值之一"),
                        containsString("HAN（汉族）"))));

        postJson("/api/v1/appraisals", """
                {"orgId":%d,"year":2025,"heldOn":"2025-12-01","entries":[{"memberId":"王一","grade":"合格"}]}"""
                .formatted(tree.a1()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("entries[0].memberId"));

        postJson("/api/v1/appraisals", """
                {"orgId":%d,"year":99999999999,"heldOn":"2025-12-01"}""".formatted(tree.a1()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("超出允许的范围")));
    }

    @Test
    void aMissingOrMalformedBodyIsToldInChinese() throws Exception {
        isChineseProblem(postJson("/api/v1/recruitment/cases", ""), 400);
        postJson("/api/v1/recruitment/cases", "")
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.detail").value(containsString("请求内容")));
        postJson("/api/v1/recruitment/cases", "{\"orgId\": 1,")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("不是有效的 JSON")));
    }

    @Test
    void pagingOutOfRangeIsRefusedNamingTheParameterOnEveryList() throws Exception {
        List<String> lists = List.of("/api/v1/members", "/api/v1/orgs", "/api/v1/meetings",
                "/api/v1/recruitment/cases", "/api/v1/compliance/findings?orgId=" + tree.a1());
        for (String list : lists) {
            for (String page : List.of("2147483647", "0", "-1", "100001")) {
                ResultActions answer = mvc.perform(get(list).param("page", page).with(httpBasic(staff, TestTree.PASSWORD)));
                isChineseProblem(answer, 400);
                answer.andExpect(jsonPath("$.errors[0].field").value("page"))
                        .andExpect(jsonPath("$.errors[0].label").value("页码"));
            }
            mvc.perform(get(list).param("size", "501").with(httpBasic(staff, TestTree.PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("size"));
            mvc.perform(get(list).param("page", "99999999999").with(httpBasic(staff, TestTree.PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("page"));
            mvc.perform(get(list).param("page", "100000").param("size", "500").with(httpBasic(staff, TestTree.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items").isEmpty());
        }
        String auditor = trees.account("AUDITOR", null, null);
        mvc.perform(get("/api/v1/audit").param("page", "2147483647").with(httpBasic(auditor, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/members").param("page", "2147483647").accept(MediaType.TEXT_HTML)
                        .with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("页码")));
    }

    @Test
    void frameworkErrorsOfTheApiAreChineseProblems() throws Exception {
        ResultActions unsupported = mvc.perform(post("/api/v1/recruitment/cases").contentType(MediaType.TEXT_PLAIN)
                .content("hello").with(httpBasic(staff, TestTree.PASSWORD)));
        isChineseProblem(unsupported, 415);
        unsupported.andExpect(jsonPath("$.title").value("不支持的内容类型"))
                .andExpect(jsonPath("$.detail").value(containsString("application/json")));

        ResultActions method = mvc.perform(delete("/api/v1/members").with(httpBasic(staff, TestTree.PASSWORD)));
        isChineseProblem(method, 405);
        method.andExpect(jsonPath("$.detail").value(containsString("该地址不支持 DELETE 请求")));

        ResultActions accept = mvc.perform(get("/api/v1/members").accept(MediaType.APPLICATION_XML)
                .with(httpBasic(staff, TestTree.PASSWORD)));
        isChineseProblem(accept, 406);
        accept.andExpect(jsonPath("$.title").value("无法提供所需格式"));

        ResultActions unknown = mvc.perform(get("/api/v1/no-such-thing").with(httpBasic(staff, TestTree.PASSWORD)));
        isChineseProblem(unknown, 404);
        unknown.andExpect(jsonPath("$.detail").value(containsString("您访问的地址不存在")));
    }

    @Test
    void anUnknownPageShowsTheChineseErrorPageToABrowser() throws Exception {
        mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML).with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("您访问的地址不存在")))
                .andExpect(content().string(containsString("回到首页")));
        mvc.perform(get("/no-such-page").header(HttpHeaders.ACCEPT, "*/*").with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
    }
}
