package cn.dangjian.shared;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The figures a 介绍信 writes in characters (ZJ-03): every month, years with zeros, and the usual validity periods. */
class ChineseNumeralsTests {

    @ParameterizedTest
    @CsvSource({
            "2026-01, 二〇二六年一月", "2026-02, 二〇二六年二月", "2026-03, 二〇二六年三月", "2026-04, 二〇二六年四月",
            "2026-05, 二〇二六年五月", "2026-06, 二〇二六年六月", "2026-07, 二〇二六年七月", "2026-08, 二〇二六年八月",
            "2026-09, 二〇二六年九月", "2026-10, 二〇二六年十月", "2026-11, 二〇二六年十一月", "2026-12, 二〇二六年十二月",
            "2000-01, 二〇〇〇年一月", "2009-10, 二〇〇九年十月", "2010-11, 二〇一〇年十一月", "1999-12, 一九九九年十二月"})
    void everyMonthAndYearIsWrittenInCharacters(String month, String written) {
        assertThat(ChineseNumerals.yearMonth(YearMonth.parse(month))).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({
            "1, 一天", "7, 七天", "10, 十天", "15, 十五天", "20, 二十天", "30, 三十天", "31, 三十一天", "60, 六十天",
            "90, 九十天", "100, 一百天", "105, 一百零五天", "110, 一百一十天", "180, 一百八十天", "365, 三百六十五天",
            "1000, 一千天", "1005, 一千零五天", "1050, 一千零五十天", "9999, 九千九百九十九天"})
    void daysAreWrittenAsTheyAreRead(int days, String written) {
        assertThat(ChineseNumerals.days(days)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"2026-12-03, 二〇二六年十二月三日", "2026-01-10, 二〇二六年一月十日", "2026-02-28, 二〇二六年二月二十八日",
            "2027-10-31, 二〇二七年十月三十一日", "2026-05-20, 二〇二六年五月二十日"})
    void datesAreWrittenInCharacters(String date, String written) {
        assertThat(ChineseNumerals.date(LocalDate.parse(date))).isEqualTo(written);
    }

    @Test
    void zeroAndOutOfRangeNumbers() {
        assertThat(ChineseNumerals.number(0)).isEqualTo("〇");
        assertThatThrownBy(() -> ChineseNumerals.number(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChineseNumerals.number(10_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChineseNumerals.year(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
