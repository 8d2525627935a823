package cn.dangjian.config;

import cn.dangjian.config.web.ErrorViews;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Errors on HTML pages: a page in Chinese that says what happened and offers the way back. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        return page(model, "未找到", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(ForbiddenException e, Model model) {
        return page(model, "无权操作", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ConflictException e, Model model) {
        return page(model, "操作未完成", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidInputException e, Model model) {
        return page(model, "输入有误", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String mismatch(MethodArgumentTypeMismatchException e, Model model) {
        return page(model, "输入有误", "参数“" + e.getName() + "”格式不正确");
    }

    /** A write the database refused, typically the loser of a race for a unique key. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView refusedByDatabase(DataIntegrityViolationException e) {
        HttpStatus status = DatabaseConflicts.statusOf(e);
        return ErrorViews.page(status, status == HttpStatus.CONFLICT ? "操作未完成" : "输入有误",
                DatabaseConflicts.messageOf(e));
    }

    private static String page(Model model, String title, String message) {
        model.addAttribute("errorTitle", title);
        model.addAttribute("errorMessage", message);
        return "error/message";
    }
}
