package cn.dangjian.config.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * The two shapes of an error answer, as views, so that one handler can answer both an API client and a person:
 * problem+json, or the Chinese error page.
 */
public final class ErrorViews {

    private ErrorViews() {
    }

    /** A problem+json answer with a Chinese title and detail. */
    public static ModelAndView problem(HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem(problem);
    }

    /** A problem+json answer rendered as a view, so that one handler can answer both pages and the API. */
    public static ModelAndView problem(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        JacksonJsonView view = new JacksonJsonView();
        view.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
        view.setExtractValueFromSingleKeyModel(true);
        view.setModelKey("problem");
        ModelAndView mav = new ModelAndView(view, "problem", body);
        mav.setStatus(HttpStatus.valueOf(problem.getStatus()));
        return mav;
    }

    /** The error page inside the site's layout (templates/error/message.html). */
    public static ModelAndView page(HttpStatusCode status, String title, String detail) {
        ModelAndView mav = new ModelAndView("error/message");
        mav.addObject("errorTitle", title);
        mav.addObject("errorMessage", detail);
        mav.setStatus(HttpStatus.valueOf(status.value()));
        return mav;
    }
}
