package cn.dangjian.recruitment.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import cn.dangjian.shared.PostedForm;
import org.springframework.util.MultiValueMap;

/**
 * What a recruitment form posted ({@link PostedForm}), with the readers only recruitment's forms need: a date and
 * time, and a vote count.
 */
final class FormInput extends PostedForm {

    FormInput(MultiValueMap<String, String> params) {
        super(params);
    }

    LocalDateTime dateTime(String name, String label) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            problem(name, label, "格式应为 yyyy-MM-ddTHH:mm");
            return null;
        }
    }

    /** A count that must be typed, a whole number not below zero. */
    int count(String name, String label, boolean required) {
        Integer value = integer(name, label);
        if (value == null) {
            if (required && text(name) == null) {
                problem(name, label, "请填写票数");
            }
            return 0;
        }
        if (value < 0) {
            problem(name, label, "不能为负数");
            return 0;
        }
        return value;
    }
}
