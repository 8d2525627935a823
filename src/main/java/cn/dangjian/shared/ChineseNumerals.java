package cn.dangjian.shared;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Numbers, dates and periods written in Chinese characters, as official letters write the figures that must not be
 * altered (ZJ-03: 党费已交到 and 有效期 of the 组织关系介绍信): a year digit by digit (二〇二六年), a month or day
 * as it is read (十二月, 二十一日), a count of days likewise (三十天, 一百零五天).
 */
public final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String[] UNITS = {"", "十", "百", "千"};

    private ChineseNumerals() {
    }

    /** A year digit by digit: 2026 → 二〇二六. */
    public static String year(int year) {
        if (year < 1) {
            throw new IllegalArgumentException("year: " + year);
        }
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(year).toCharArray()) {
            out.append(DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }

    /**
     * A number from 0 to 9999 as it is read: 10 → 十, 15 → 十五, 30 → 三十, 105 → 一百零五, 110 → 一百一十,
     * 1005 → 一千零五.
     */
    public static String number(int n) {
        if (n < 0 || n > 9999) {
            throw new IllegalArgumentException("number: " + n);
        }
        if (n == 0) {
            return "〇";
        }
        if (n >= 10 && n < 20) {
            return "十" + (n == 10 ? "" : String.valueOf(DIGITS.charAt(n - 10)));
        }
        StringBuilder out = new StringBuilder();
        String digits = String.valueOf(n);
        boolean zero = false;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            int unit = digits.length() - 1 - i;
            if (d == 0) {
                zero = true;
                continue;
            }
            if (zero) {
                out.append('〇');
                zero = false;
            }
            out.append(DIGITS.charAt(d)).append(UNITS[unit]);
        }
        return out.toString().replace('〇', '零');
    }

    /** 二〇二六年十二月. */
    public static String yearMonth(YearMonth month) {
        return year(month.getYear()) + "年" + number(month.getMonthValue()) + "月";
    }

    /** 二〇二六年十二月三日. */
    public static String date(LocalDate date) {
        return yearMonth(YearMonth.from(date)) + number(date.getDayOfMonth()) + "日";
    }

    /** 三十天. */
    public static String days(int days) {
        return number(days) + "天";
    }
}
