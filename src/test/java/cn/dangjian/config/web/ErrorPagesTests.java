package cn.dangjian.config.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors the container forwards to /error: Chinese problem+json for the API, the Chinese error page for people. */
class ErrorPagesTests {

    private final ErrorPages pages = new ErrorPages();

    private static MockHttpServletRequest forwarded(String uri, int status) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("at /srv/x Foo.java"));
        return request;
    }

    @Test
    void anApiClientGetsAChineseProblem() {
        ModelAndView answer = pages.error(forwarded("/api/v1/members;x", 400));

        assertThat(answer.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) answer.getModel().get("problem");
        assertThat(body).containsEntry("title", "请求有误").containsEntry("status", 400);
        assertThat(body.toString()).doesNotContain("Bad Request", "Exception", "/srv");
    }

    @Test
    void aPersonGetsTheErrorPage() {
        ModelAndView answer = pages.error(forwarded("/members/x", 500));

        assertThat(answer.getViewName()).isEqualTo("error");
        assertThat(answer.getModel()).containsEntry("status", 500);
        assertThat(answer.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
