package cn.dangjian.config;

import java.util.List;
import java.util.Map;

import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Every API error as {@code application/problem+json} with a Chinese title and detail. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return invalidInput(e);
    }

    static ProblemDetail invalidInput(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "输入有误", e.getMessage());
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "label", p.label(), "message", p.message())).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "未找到", e.getMessage());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "无权操作", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "操作冲突", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return field(e.getName(), "参数格式不正确：" + e.getValue());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return field(e.getParameterName(), "缺少必填参数");
    }

    /** A JSON body of the wrong shape: the field and what it should hold. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        log.debug("无法解析的请求内容", e);
        return invalidInput(new InvalidInputException(List.of(JsonProblems.of(e))));
    }

    /** A write the database refused, typically the loser of a race for a unique key: 409 and what already exists. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail refusedByDatabase(DataIntegrityViolationException e) {
        log.info("数据库拒绝写入：{}", e.getMostSpecificCause().getMessage());
        HttpStatus status = DatabaseConflicts.statusOf(e);
        return problem(status, status == HttpStatus.CONFLICT ? "操作冲突" : "输入有误", DatabaseConflicts.messageOf(e));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "文件过大", "上传文件超过大小限制");
    }

    private static ProblemDetail field(String field, String message) {
        return invalidInput(new InvalidInputException(List.of(new FieldProblem(field, field, message))));
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
