package cn.dangjian.recruitment.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.util.MultiValueMap;

/**
 * What a recruitment form posted, read field by field: a value that cannot be read (a date, a number) becomes a
 * problem naming the field, and all of them are reported together before anything is handed to the facade.
 */
final class FormInput {

    private final MultiValueMap<String, String> params;
    private final List<FieldProblem> problems = new ArrayList<>();

    FormInput(MultiValueMap<String, String> params) {
        this.params = params;
    }

    String text(String name) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    LocalDate date(String name, String label) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, label, "“" + value + "”不是有效日期（yyyy-MM-dd）"));
            return null;
        }
    }

    LocalDateTime dateTime(String name, String label) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, label, "格式应为 yyyy-MM-ddTHH:mm"));
            return null;
        }
    }

    Integer integer(String name, String label) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, label, "“" + value + "”不是整数"));
            return null;
        }
    }

    /** A count that must be typed, a whole number not below zero. */
    int count(String name, String label, boolean required) {
        Integer value = integer(name, label);
        if (value == null) {
            if (required && text(name) == null) {
                problems.add(new FieldProblem(name, label, "请填写票数"));
            }
            return 0;
        }
        if (value < 0) {
            problems.add(new FieldProblem(name, label, "不能为负数"));
            return 0;
        }
        return value;
    }

    Long id(String name, String label) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, label, "选择无效"));
            return null;
        }
    }

    /** Every non-blank value of a repeated field (two member pickers, for instance), in order. */
    List<Long> ids(String name, String label) {
        List<Long> ids = new ArrayList<>();
        for (String value : params.getOrDefault(name, List.of())) {
            if (value != null && !value.isBlank()) {
                try {
                    ids.add(Long.valueOf(value.strip()));
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem(name, label, "选择无效"));
                }
            }
        }
        return ids;
    }

    <E extends Enum<E>> E choice(Class<E> type, String name, String label) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(name, label, "选择无效"));
            return null;
        }
    }

    boolean checked(String name) {
        return text(name) != null;
    }

    void problem(String field, String label, String message) {
        problems.add(new FieldProblem(field, label, message));
    }

    /** Throws the problems found so far, if any. */
    void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
