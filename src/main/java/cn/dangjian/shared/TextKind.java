package cn.dangjian.shared;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of typed text and their limits, the same for the forms, the API, the roster import and the
 * database ({@code CHECK (char_length(…) <= limit)} in V24). Cleaning ({@link Texts#blankToNull}) strips blank and
 * invisible characters (spaces of every width, zero-width characters, BOM) at either end; checking refuses control
 * characters (newline and tab are allowed only in {@link #LONG_TEXT}), characters that cannot be stored or
 * rendered, text longer than the limit, in names and phones also zero-width characters and spaces other than the
 * ordinary one, and a name without a single letter.
 */
public enum TextKind {

    /** 姓名, including minority and foreign names with “·”. */
    PERSON_NAME(50),
    /** 籍贯, 职业, 职务, 地点, 单位 and organization names, reasons typed in one line. */
    SHORT_TEXT(100),
    /** Topics, agenda titles, themes, study plan items. */
    TITLE(200),
    /** Minutes, notes, decisions, self-appraisals, explanations: several lines allowed. */
    LONG_TEXT(10_000),
    /** 11-digit mobile number or landline with area code and optional extension. */
    PHONE(20);

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

    private final int limit;

    TextKind(int limit) {
        this.limit = limit;
    }

    /** The most characters (Unicode code points, as PostgreSQL's {@code char_length} counts) allowed. */
    public int limit() {
        return limit;
    }

    /**
     * The text as it is stored: blank and invisible characters at either end removed, line breaks as
     * {@code \n}; {@code null} when nothing visible is left.
     */
    public String clean(String raw) {
        return Texts.blankToNull(raw);
    }

    /** Why the cleaned {@code text} cannot be stored as this kind, in Chinese, or empty when it can. */
    public Optional<String> problemOf(String text) {
        if (text.length() > limit && text.codePointCount(0, text.length()) > limit) {
            return Optional.of("不能超过" + limit + "个字");
        }
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            position++;
            String problem = characterProblem(cp);
            if (problem != null) {
                return Optional.of("第" + position + "个字" + problem);
            }
        }
        if (this == PERSON_NAME && text.codePoints().noneMatch(Character::isLetter)) {
            return Optional.of("应包含文字");
        }
        if (this == PHONE && !MOBILE.matcher(text).matches() && !LANDLINE.matcher(text).matches()) {
            return Optional.of("格式不正确（应为11位手机号或带区号的固定电话，如010-12345678）");
        }
        return Optional.empty();
    }

    /** Cleans and checks an optional field: the stored text, or {@code null} when blank or refused. */
    public String optional(String field, String label, String raw, List<FieldProblem> problems) {
        String text = clean(raw);
        if (text == null) {
            return null;
        }
        Optional<String> problem = problemOf(text);
        if (problem.isPresent()) {
            problems.add(new FieldProblem(field, label, problem.get()));
            return null;
        }
        return text;
    }

    /** Cleans and checks a required field: the stored text, or {@code null} with a problem added. */
    public String required(String field, String label, String raw, List<FieldProblem> problems) {
        String text = clean(raw);
        if (text == null) {
            problems.add(new FieldProblem(field, label, "不能为空"));
            return null;
        }
        return optional(field, label, text, problems);
    }

    /** Cleans and checks one field on its own, throwing when it is refused; blank gives {@code null}. */
    public String optional(String field, String label, String raw) {
        return single(field, label, raw, false);
    }

    /** Cleans and checks one required field on its own, throwing when it is blank or refused. */
    public String required(String field, String label, String raw) {
        return single(field, label, raw, true);
    }

    private String single(String field, String label, String raw, boolean required) {
        List<FieldProblem> problems = new java.util.ArrayList<>(1);
        String text = required ? required(field, label, raw, problems) : optional(field, label, raw, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return text;
    }

    private String characterProblem(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL) {
            if (cp == '\n' || cp == '\r') {
                return this == LONG_TEXT ? null : "是换行，此处只能填一行";
            }
            if (cp == '\t' && this == LONG_TEXT) {
                return null;
            }
            return "是不可见的控制字符（U+" + String.format("%04X", cp) + "），请删除";
        }
        if (type == Character.SURROGATE || type == Character.UNASSIGNED && isNonCharacter(cp)) {
            return "无法识别，请删除";
        }
        if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            return this == LONG_TEXT ? null : "是换行，此处只能填一行";
        }
        if (this == PERSON_NAME || this == PHONE) {
            if (type == Character.FORMAT) {
                return "是不可见字符（U+" + String.format("%04X", cp) + "），请删除";
            }
            if (type == Character.SPACE_SEPARATOR && cp != ' ') {
                return "是特殊空格（U+" + String.format("%04X", cp) + "），请改为普通空格或删除";
            }
        }
        return null;
    }

    private static boolean isNonCharacter(int cp) {
        return (cp & 0xFFFE) == 0xFFFE || cp >= 0xFDD0 && cp <= 0xFDEF;
    }
}
