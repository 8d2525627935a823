package cn.dangjian.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The field kinds: what is cleaned away, what is refused with which message, and the limits at their edge. */
class TextKindTests {

    static Stream<Arguments> cases() {
        return Stream.of(
                // kind, typed, stored (or null when blank), problem (or null)
                arguments(TextKind.PERSON_NAME, "  张三 ", "张三", null),
                arguments(TextKind.PERSON_NAME, "阿卜杜热合曼·买买提", "阿卜杜热合曼·买买提", null),
                arguments(TextKind.PERSON_NAME, "Mary Smith", "Mary Smith", null),
                arguments(TextKind.PERSON_NAME, "张".repeat(50), "张".repeat(50), null),
                arguments(TextKind.PERSON_NAME, "张".repeat(51), "张".repeat(51), "不能超过50个字"),
                arguments(TextKind.PERSON_NAME, "\u00a0\u00a0", null, "不能为空"),
                arguments(TextKind.PERSON_NAME, "\u200b\u200b\ufeff", null, "不能为空"),
                arguments(TextKind.PERSON_NAME, "\u3000", null, "不能为空"),
                arguments(TextKind.PERSON_NAME, "张\u200b三", "张\u200b三", "第2个字是不可见字符（U+200B），请删除"),
                arguments(TextKind.PERSON_NAME, "张\u00a0三", "张\u00a0三", "第2个字是特殊空格（U+00A0），请改为普通空格或删除"),
                arguments(TextKind.PERSON_NAME, "张\n三", "张\n三", "第2个字是换行，此处只能填一行"),
                arguments(TextKind.PERSON_NAME, "张\u0000三", "张\u0000三", "第2个字是不可见的控制字符（U+0000），请删除"),
                arguments(TextKind.PERSON_NAME, "张\u0007", "张\u0007", "第2个字是不可见的控制字符（U+0007），请删除"),
                arguments(TextKind.PERSON_NAME, "\u001b[31m张", "\u001b[31m张", "第1个字是不可见的控制字符（U+001B），请删除"),
                arguments(TextKind.PERSON_NAME, "12345", "12345", "应包含文字"),
                arguments(TextKind.SHORT_TEXT, "x".repeat(100), "x".repeat(100), null),
                arguments(TextKind.SHORT_TEXT, "x".repeat(101), "x".repeat(101), "不能超过100个字"),
                arguments(TextKind.SHORT_TEXT, "四川\t成都", "四川\t成都", "第3个字是不可见的控制字符（U+0009），请删除"),
                arguments(TextKind.SHORT_TEXT, "三楼\u00a0会议室", "三楼\u00a0会议室", null),
                arguments(TextKind.SHORT_TEXT, "会议室\u2028二楼", "会议室\u2028二楼", "第4个字是换行，此处只能填一行"),
                arguments(TextKind.TITLE, "题".repeat(200), "题".repeat(200), null),
                arguments(TextKind.TITLE, "题".repeat(201), "题".repeat(201), "不能超过200个字"),
                arguments(TextKind.TITLE, "学习\ud800", "学习\ud800", "第3个字无法识别，请删除"),
                arguments(TextKind.TITLE, "学习\uffff", "学习\uffff", "第3个字无法识别，请删除"),
                arguments(TextKind.TITLE, "学习😀👨‍👩‍👧", "学习😀👨‍👩‍👧", null),
                arguments(TextKind.LONG_TEXT, "一、\t学习\r\n二、讨论\r三、", "一、\t学习\n二、讨论\n三、", null),
                arguments(TextKind.LONG_TEXT, "记".repeat(10_000), "记".repeat(10_000), null),
                arguments(TextKind.LONG_TEXT, "记".repeat(10_001), "记".repeat(10_001), "不能超过10000个字"),
                arguments(TextKind.LONG_TEXT, "𠀀".repeat(10_000), "𠀀".repeat(10_000), null),
                arguments(TextKind.LONG_TEXT, "记录\u0000", "记录\u0000", "第3个字是不可见的控制字符（U+0000），请删除"),
                arguments(TextKind.LONG_TEXT, "记录\u000b", "记录", null),
                arguments(TextKind.LONG_TEXT, "记\u000b录", "记\u000b录", "第2个字是不可见的控制字符（U+000B），请删除"),
                arguments(TextKind.PHONE, " 13812345678 ", "13812345678", null),
                arguments(TextKind.PHONE, "010-12345678", "010-12345678", null),
                arguments(TextKind.PHONE, "0816-1234567-801", "0816-1234567-801", null),
                arguments(TextKind.PHONE, "12812345678", "12812345678", "格式不正确（应为11位手机号或带区号的固定电话，如010-12345678）"),
                arguments(TextKind.PHONE, "not-a-phone<script>", "not-a-phone<script>", "格式不正确（应为11位手机号或带区号的固定电话，如010-12345678）"),
                arguments(TextKind.PHONE, "1381234567８", "1381234567８", "格式不正确（应为11位手机号或带区号的固定电话，如010-12345678）"));
    }

    @ParameterizedTest(name = "{0} «{1}» → {3}")
    @MethodSource("cases")
    void cleansAndChecks(TextKind kind, String typed, String stored, String problem) {
        assertThat(kind.clean(typed)).isEqualTo(stored);
        List<FieldProblem> problems = new ArrayList<>();
        String result = kind.optional("f", "字段", typed, problems);
        if (problem == null || stored == null) {
            assertThat(problems).isEmpty();
            assertThat(result).isEqualTo(stored);
        } else {
            assertThat(problems).containsExactly(new FieldProblem("f", "字段", problem));
            assertThat(result).isNull();
        }
        List<FieldProblem> required = new ArrayList<>();
        kind.required("f", "字段", typed, required);
        assertThat(required.stream().map(FieldProblem::message).toList())
                .containsExactlyElementsOf(problem == null ? List.of() : List.of(problem));
    }

    @Test
    void aHugeValueIsRefusedByItsLengthAndNamesTheFieldAndTheLimit() {
        String huge = "\u0007".repeat(5_000_000);
        assertThatThrownBy(() -> TextKind.SHORT_TEXT.required("nativePlace", "籍贯", "籍" + huge))
                .isInstanceOf(InvalidInputException.class).hasMessage("籍贯：不能超过100个字");
    }

    @Test
    void countsAreNeverNegativeNorAboveTheirBound() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(Counts.within("against", "反对票", 12, 12, "出席人数", problems)).isTrue();
        assertThat(Counts.within("against", "反对票", null, 12, "出席人数", problems)).isTrue();
        assertThat(Counts.within("against", "反对票", 13, 12, "出席人数", problems)).isFalse();
        assertThat(Counts.within("against", "反对票", Integer.MAX_VALUE, 12, "出席人数", problems)).isFalse();
        assertThat(Counts.within("against", "反对票", -1, 12, "出席人数", problems)).isFalse();
        assertThat(problems).extracting(FieldProblem::describe)
                .containsExactly("反对票：不能超过出席人数（12）", "反对票：不能超过出席人数（12）", "反对票：不能为负数");
        assertThat(Counts.sum(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEqualTo(2L * Integer.MAX_VALUE);
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                arguments(DateKind.PARTY_EVENT, LocalDate.of(1921, 7, 1), null),
                arguments(DateKind.PARTY_EVENT, LocalDate.of(1921, 6, 30), "不能早于1921年7月1日（中国共产党成立）"),
                arguments(DateKind.PARTY_EVENT, LocalDate.of(1000, 1, 1), "不能早于1921年7月1日（中国共产党成立）"),
                arguments(DateKind.PARTY_EVENT, LocalDate.of(2100, 12, 31), null),
                arguments(DateKind.PARTY_EVENT, LocalDate.of(2101, 1, 1), "不能晚于2100年12月31日"),
                arguments(DateKind.BIRTH, LocalDate.of(1900, 1, 1), null),
                arguments(DateKind.BIRTH, LocalDate.of(1899, 12, 31), "不能早于1900年1月1日"),
                arguments(DateKind.CALENDAR, LocalDate.of(1999, 12, 31), "不能早于2000年1月1日"));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("dates")
    void datesLieInTheirPlausibleRange(DateKind kind, LocalDate date, String problem) {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(kind.check("heldOn", "日期", date, problems)).isEqualTo(problem == null);
        assertThat(problems.stream().map(FieldProblem::message).toList())
                .containsExactlyElementsOf(problem == null ? List.of() : List.of(problem));
        assertThat(kind.check("heldOn", "日期", (LocalDate) null, problems)).isTrue();
    }

    @Test
    void yearsLieInTheirPlausibleRange() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(DateKind.PARTY_EVENT.checkYear("year", "年度", 2026, problems)).isTrue();
        assertThat(DateKind.PARTY_EVENT.checkYear("year", "年度", Integer.MAX_VALUE, problems)).isFalse();
        assertThat(problems).extracting(FieldProblem::describe).containsExactly("年度：应在1921至2100年之间");
    }
}
