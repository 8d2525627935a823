package cn.dangjian.config;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An exception nobody expected: a Chinese sentence for the person, no class name, path or library message. */
class FrameworkErrorsTests {

    private final FrameworkErrors errors = new FrameworkErrors();
    private final IllegalStateException unexpected =
            new IllegalStateException("Failed to read /srv/dangjian/data/imports/x.xlsx: java.util.zip.ZipException");

    @Test
    void anApiClientGetsAChineseProblemWithoutTheExceptionsWords() throws Exception {
        ModelAndView answer = errors.handle(unexpected, new MockHttpServletRequest("POST", "/api/v1/members"));

        assertThat(answer.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) answer.getModel().get("problem");
        assertThat(body).containsEntry("status", 500).containsEntry("title", "系统出错了");
        assertThat(body.toString()).contains("已记录错误信息").doesNotContain("Exception", "/srv", "java.");
    }

    @Test
    void aPersonGetsTheErrorPage() throws Exception {
        ModelAndView answer = errors.handle(unexpected, new MockHttpServletRequest("GET", "/members/1"));

        assertThat(answer.getViewName()).isEqualTo("error/message");
        assertThat(answer.getModel().get("errorMessage").toString()).contains("已记录错误信息").doesNotContain("/srv");
    }

    @Test
    void notBeingSignedInIsLeftToTheSecurityFilters() {
        AuthenticationCredentialsNotFoundException e = new AuthenticationCredentialsNotFoundException("请先登录");
        assertThatThrownBy(() -> errors.handle(e, new MockHttpServletRequest("GET", "/members"))).isSameAs(e);
    }
}
