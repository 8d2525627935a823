package cn.dangjian.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * An 18-character 公民身份号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence
 * (odd = male) and an ISO 7064 MOD 11-2 check character.
 */
public record CitizenId(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = "10X98765432".toCharArray();
    /** First two digits: the province-level divisions of GB/T 2260 (plus 71/81/82 and 83 for 港澳台居民居住证). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    public CitizenId {
        Optional<String> problem = problemOf(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        value = value.toUpperCase();
    }

    /** Parses a user-typed number (spaces trimmed, lower-case x accepted). */
    public static CitizenId parse(String text) {
        return new CitizenId(text == null ? null : text.strip());
    }

    /** Why {@code text} is not a valid number, in Chinese, or empty when it is valid. */
    public static Optional<String> problemOf(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("不能为空");
        }
        String s = text.strip().toUpperCase();
        if (s.length() != 18) {
            return Optional.of("应为18位，实际为" + s.length() + "位");
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
                return Optional.of("前17位应为数字");
            }
        }
        char last = s.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Optional.of("第18位应为数字或X");
        }
        if (!PROVINCES.contains(s.substring(0, 2))) {
            return Optional.of("地区代码无效");
        }
        if (birthDateOf(s).isEmpty()) {
            return Optional.of("出生日期无效");
        }
        if (checkChar(s) != last) {
            return Optional.of("校验位错误");
        }
        return Optional.empty();
    }

    /** The check character for the first 17 digits of {@code s}. */
    public static char checkChar(String s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    private static Optional<LocalDate> birthDateOf(String s) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(s.substring(6, 10)),
                    Integer.parseInt(s.substring(10, 12)), Integer.parseInt(s.substring(12, 14)));
            return date.getYear() < 1900 ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value).orElseThrow();
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** 110105********123X — the form shown to people whose role does not need the full number. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
