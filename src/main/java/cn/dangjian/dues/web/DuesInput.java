package cn.dangjian.dues.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.util.MultiValueMap;

/**
 * What a dues form posted, read field by field: a value that cannot be read (a date, a month, a number, a choice)
 * becomes a problem naming the field, and all of them are reported together before anything reaches the facade.
 */
final class DuesInput {

    private final MultiValueMap<String, String> params;
    private final List<FieldProblem> problems = new ArrayList<>();

    DuesInput(MultiValueMap<String, String> params) {
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

    YearMonth month(String name, String label) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        YearMonth month = DuesPages.parseMonth(value);
        if (month == null) {
            problems.add(new FieldProblem(name, label, "“" + value + "”不是有效月份（yyyy-MM）"));
        }
        return month;
    }

    /** Every value of a repeated month field (checkboxes), in order. */
    List<YearMonth> months(String name, String label) {
        List<YearMonth> months = new ArrayList<>();
        for (String value : params.getOrDefault(name, List.of())) {
            if (value == null || value.isBlank()) {
                continue;
            }
            YearMonth month = DuesPages.parseMonth(value.strip());
            if (month == null) {
                problems.add(new FieldProblem(name, label, "“" + value + "”不是有效月份（yyyy-MM）"));
            } else if (!months.contains(month)) {
                months.add(month);
            }
        }
        return months;
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

    /** Every non-blank value of a repeated id field (checkboxes), in order. */
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

    /** A yes/no radio that must be answered. */
    Boolean yesNo(String name, String label) {
        String value = text(name);
        if (value == null) {
            problems.add(new FieldProblem(name, label, "请选择"));
            return null;
        }
        return "true".equals(value);
    }

    void problem(String field, String label, String message) {
        problems.add(new FieldProblem(field, label, message));
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Throws the problems found so far, if any. */
    void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
