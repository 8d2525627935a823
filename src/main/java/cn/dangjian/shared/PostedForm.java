package cn.dangjian.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an HTML form posted, read field by field: a value that cannot be read (a date, a number, a choice) becomes
 * a problem naming the field, and all of them are reported together ({@link #check}) before anything reaches a
 * facade. Modules extend it with the readers only their forms need.
 */
public class PostedForm {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{1,2}");

    private final Map<String, List<String>> params;
    private final List<FieldProblem> problems = new ArrayList<>();

    public PostedForm(Map<String, List<String>> params) {
        this.params = params;
    }

    /** The first value, stripped; {@code null} when blank or absent. */
    public String text(String name) {
        List<String> values = params.get(name);
        String value = values == null || values.isEmpty() ? null : values.get(0);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Every non-blank value of a repeated field (checkboxes), stripped, in order. */
    public List<String> all(String name) {
        return params.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .toList();
    }

    public LocalDate date(String name, String label) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(name, label, "“" + value + "”不是有效日期（yyyy-MM-dd）");
            return null;
        }
    }

    /** A month as a month field sends it (yyyy-MM, also yyyy-M). */
    public YearMonth month(String name, String label) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        YearMonth month = parseMonth(value);
        if (month == null) {
            problem(name, label, "“" + value + "”不是有效月份（yyyy-MM）");
        }
        return month;
    }

    /** 2026-03 (or 2026-3); {@code null} when it is not a month. */
    public static YearMonth parseMonth(String value) {
        if (value == null || !MONTH.matcher(value.strip()).matches()) {
            return null;
        }
        String[] parts = value.strip().split("-");
        try {
            return YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    public Integer integer(String name, String label) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problem(name, label, "“" + value + "”不是整数");
            return null;
        }
    }

    public Long id(String name, String label) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            problem(name, label, "选择无效");
            return null;
        }
    }

    /** Every non-blank value of a repeated id field (checkboxes, member pickers), in order. */
    public List<Long> ids(String name, String label) {
        List<Long> ids = new ArrayList<>();
        for (String value : all(name)) {
            try {
                ids.add(Long.valueOf(value));
            } catch (NumberFormatException e) {
                problem(name, label, "选择无效");
            }
        }
        return ids;
    }

    public <E extends Enum<E>> E choice(Class<E> type, String name, String label) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problem(name, label, "选择无效");
            return null;
        }
    }

    public boolean checked(String name) {
        return text(name) != null;
    }

    public void problem(String field, String label, String message) {
        problems.add(new FieldProblem(field, label, message));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Throws the problems found so far, if any. */
    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
