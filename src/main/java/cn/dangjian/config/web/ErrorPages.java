package cn.dangjian.config.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that never reached a controller (a request the firewall rejects, a failure in a filter, an error the
 * container itself sends) are forwarded here: problem+json in Chinese when the original address was under
 * {@code /api/}, otherwise the standalone error page (templates/error.html). Replaces Boot's error controller,
 * whose JSON is in English.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @RequestMapping
    ModelAndView error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status.is5xxServerError() && failure instanceof Throwable thrown) {
            log.error("处理请求 {} 时出错", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), thrown);
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(Math.min(uri.toString().length(),
                request.getContextPath().length()));
        if (path.startsWith("/api/") || path.startsWith("/v3/api-docs")) {
            return ErrorViews.problem(status, titleOf(status), detailOf(status));
        }
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status.value());
        page.setStatus(status);
        return page;
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String titleOf(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "未登录";
            case FORBIDDEN -> "无权操作";
            case NOT_FOUND -> "未找到";
            default -> status.is4xxClientError() ? "请求有误" : "系统出错了";
        };
    }

    private static String detailOf(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "请先登录";
            case FORBIDDEN -> "您没有执行此操作的权限";
            case NOT_FOUND -> "您访问的地址不存在，请检查地址是否正确。";
            default -> status.is4xxClientError() ? "请求不符合要求，请检查地址和参数"
                    : "操作未能完成，已记录错误信息。请稍后重试；如果问题持续出现，请联系平台管理员。";
        };
    }
}
