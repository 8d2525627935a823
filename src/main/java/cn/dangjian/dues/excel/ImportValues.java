package cn.dangjian.dues.excel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dangjian.dues.DuesCategory;

/**
 * How months, days, headers and 人员类别 are written in payroll and bank exports, read leniently: 2026-03, 2026/3,
 * 2026.03, 2026年3月, 202603, a date (its month), a range (2026-01至2026-03, 2026年1-3月) or a list (2026年1月、2月).
 */
public final class ImportValues {

    /** The most months one row may cover (as a payment may, DF-12 aside). */
    public static final int MAX_MONTHS = 24;

    private static final Pattern SIX_DIGITS = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern SINGLE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})月?(?:[-/.](\\d{1,2})日?(?:[ T].*)?)?");
    private static final Pattern RANGE = Pattern.compile(
            "(\\d{4})[-/.年](\\d{1,2})月?(?:至|到|~|～|—|–|-)(?:(\\d{4})[-/.年])?(\\d{1,2})月?");
    private static final Pattern SIX_RANGE = Pattern.compile("(\\d{4})(\\d{2})(?:至|到|~|～|—|–|-)(\\d{4})(\\d{2})");
    private static final Pattern MONTH_ONLY = Pattern.compile("(\\d{1,2})月?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T].*)?");
    private static final Pattern DATE_DIGITS = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:\\d{6})?");

    private ImportValues() {
    }

    /** The months a cell names, in order, or empty when it names none or more than {@value #MAX_MONTHS}. */
    public static List<YearMonth> months(String text) {
        String s = normalise(text);
        if (s.isEmpty()) {
            return List.of();
        }
        try {
            Matcher m;
            if ((m = SIX_DIGITS.matcher(s)).matches() || (m = SINGLE.matcher(s)).matches()) {
                return List.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = RANGE.matcher(s)).matches()) {
                int y1 = Integer.parseInt(m.group(1));
                int y2 = m.group(3) == null ? y1 : Integer.parseInt(m.group(3));
                return span(YearMonth.of(y1, Integer.parseInt(m.group(2))), YearMonth.of(y2, Integer.parseInt(m.group(4))));
            }
            if ((m = SIX_RANGE.matcher(s)).matches()) {
                return span(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))),
                        YearMonth.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
            }
            String[] parts = s.split("[、,，;；]");
            if (parts.length > 1) {
                List<YearMonth> all = new ArrayList<>();
                Integer year = null;
                for (String part : parts) {
                    List<YearMonth> one = months(part);
                    if (one.isEmpty() && year != null && (m = MONTH_ONLY.matcher(part)).matches()) {
                        one = List.of(YearMonth.of(year, Integer.parseInt(m.group(1))));
                    }
                    if (one.isEmpty()) {
                        return List.of();
                    }
                    year = one.get(one.size() - 1).getYear();
                    one.stream().filter(x -> !all.contains(x)).forEach(all::add);
                }
                return all.size() > MAX_MONTHS ? List.of() : all.stream().sorted().toList();
            }
        } catch (DateTimeException e) {
            return List.of();
        }
        return List.of();
    }

    private static List<YearMonth> span(YearMonth from, YearMonth until) {
        if (until.isBefore(from) || from.plusMonths(MAX_MONTHS - 1).isBefore(until)) {
            return List.of();
        }
        List<YearMonth> all = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(until); m = m.plusMonths(1)) {
            all.add(m);
        }
        return all;
    }

    /** A day as exports write it: 2026-03-05, 2026/3/5, 2026年3月5日, 20260305, with or without a time. */
    public static Optional<LocalDate> date(String text) {
        String s = normalise(text, true).strip();
        Matcher m;
        try {
            if ((m = DATE.matcher(s)).matches() || (m = DATE_DIGITS.matcher(s)).matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A header as compared: no spaces, no required-marks, no unit in brackets (税后工资（元） → 税后工资). */
    public static String header(String text) {
        return normalise(text).replaceAll("[*＊]", "").replaceAll("[（(][^）)]*[）)]$", "");
    }

    /**
     * The 人员类别 a cell names: a category's own name or code, or the usual words of payroll systems (公务员, 事业,
     * 退休…); empty when it names none or only 在职 (which does not say which rule of DF-01 applies).
     */
    public static Optional<DuesCategory> category(String text) {
        String s = normalise(text);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (DuesCategory c : DuesCategory.values()) {
            if (s.equals(c.label()) || s.equals(c.code()) || s.equals(c.label().replace("在职：", ""))) {
                return Optional.of(c);
            }
        }
        String[][] words = {
                {"年薪", "ANNUAL_SALARY"}, {"离休", "RETIRED"}, {"退休", "RETIRED"}, {"离退", "RETIRED"},
                {"机关工人", "ORGAN_WORKER"}, {"工勤", "ORGAN_WORKER"}, {"公务员", "CIVIL_SERVANT"}, {"参公", "CIVIL_SERVANT"},
                {"事业", "INSTITUTION"}, {"企业", "ENTERPRISE"}, {"农民", "FARMER"}, {"学生", "STUDENT"},
                {"下岗", "UNEMPLOYED"}, {"失业", "UNEMPLOYED"}, {"抚恤", "RELIEF"}, {"救济", "RELIEF"},
                {"低保", "SUBSISTENCE"}, {"最低生活", "SUBSISTENCE"}, {"个体", "NO_FIXED_INCOME"},
                {"自由职业", "NO_FIXED_INCOME"}, {"无固定", "NO_FIXED_INCOME"}};
        for (String[] w : words) {
            if (s.contains(w[0])) {
                return Optional.of(DuesCategory.valueOf(w[1]));
            }
        }
        return Optional.empty();
    }

    /** Full-width digits and letters as ASCII, spaces removed. */
    static String normalise(String text) {
        return normalise(text, false);
    }

    private static String normalise(String text, boolean keepSpaces) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp >= 0xFF01 && cp <= 0xFF5E && "（）：，；、～".indexOf(cp) < 0) {
                cp -= 0xFEE0;
            }
            if (keepSpaces && (Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
                out.append(' ');
            } else if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
