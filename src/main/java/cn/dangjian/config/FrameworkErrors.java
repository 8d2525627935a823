package cn.dangjian.config;

import java.util.List;
import java.util.stream.Collectors;

import cn.dangjian.config.web.ErrorViews;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Whatever the module advices do not answer — Spring MVC's own errors (unknown address, wrong method, content type
 * or Accept, a missing body or part) and anything unexpected — answered in Chinese: problem+json under {@code /api/},
 * the error page for people. An unexpected exception is logged with its stack; the answer names no class or path.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FrameworkErrors {

    private static final Logger log = LoggerFactory.getLogger(FrameworkErrors.class);

    @ExceptionHandler(Exception.class)
    ModelAndView handle(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AuthenticationException || e instanceof AccessDeniedException
                || e instanceof AsyncRequestNotUsableException) {
            throw e; // the security filters answer these (login page, 401, 403); a gone client needs no answer
        }
        HttpStatusCode status;
        String title;
        String detail;
        if (e instanceof HttpMessageNotReadableException unreadable) {
            log.debug("无法解析的请求内容", unreadable);
            status = HttpStatus.BAD_REQUEST;
            title = "输入有误";
            detail = JsonProblems.of(unreadable).describe();
        } else if (e instanceof ErrorResponse framework) {
            status = framework.getStatusCode();
            title = titleOf(status);
            detail = detailOf(e, status);
        } else {
            log.error("处理请求 {} {} 时出错", request.getMethod(), request.getRequestURI(), e);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            title = "系统出错了";
            detail = "操作未能完成，已记录错误信息。请稍后重试；如果问题持续出现，请联系平台管理员。";
        }
        return isApi(request) ? ErrorViews.problem(status, title, detail) : ErrorViews.page(status, title, detail);
    }

    /** Requests of API clients: the {@code /api/} paths and the OpenAPI document. */
    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/v3/api-docs");
    }

    private static String titleOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "请求有误";
            case 404 -> "页面不存在";
            case 405 -> "不支持该请求方法";
            case 406 -> "无法提供所需格式";
            case 413 -> "文件过大";
            case 415 -> "不支持的内容类型";
            case 503 -> "服务暂不可用";
            default -> status.is4xxClientError() ? "请求有误" : "系统出错了";
        };
    }

    private static String detailOf(Exception e, HttpStatusCode status) {
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return "您访问的地址不存在，请检查地址是否正确。";
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            String[] supported = method.getSupportedMethods();
            return "该地址不支持 " + method.getMethod() + " 请求"
                    + (supported == null ? "" : "（可用：" + String.join("、", supported) + "）");
        }
        if (e instanceof HttpMediaTypeNotSupportedException media) {
            return "不支持的请求内容类型" + (media.getContentType() == null ? "（未指定 Content-Type）"
                    : "“" + media.getContentType() + "”") + "，请使用" + types(media.getSupportedMediaTypes());
        }
        if (e instanceof HttpMediaTypeNotAcceptableException accept) {
            return "无法按请求的格式（Accept）返回，可用的格式：" + types(accept.getSupportedMediaTypes());
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return "缺少必填参数“" + missing.getParameterName() + "”";
        }
        if (e instanceof MissingServletRequestPartException part) {
            return "缺少上传的文件（“" + part.getRequestPartName() + "”）";
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return "上传文件超过大小限制";
        }
        return status.is4xxClientError() ? "请求不符合要求，请检查地址和参数" : "操作未能完成，请稍后重试";
    }

    private static String types(List<MediaType> types) {
        return types.isEmpty() ? "其他格式" : types.stream().map(MediaType::toString).collect(Collectors.joining("、"));
    }
}
