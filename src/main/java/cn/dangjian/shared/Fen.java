package cn.dangjian.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount of money in 分 (hundredths of a 元), exact: stored and summed as a {@code long}, never as a floating
 * point number. Typed amounts are read as 元 with at most two decimals ("4800", "4,800.5", "4800.50元").
 */
public record Fen(long value) implements Comparable<Fen> {

    public static final Fen ZERO = new Fen(0);
    /** The largest amount a person may type: 1亿元 less a 分, far above any salary or payment. */
    public static final long MAX = 9_999_999_999L;
    private static final Pattern YUAN = Pattern.compile("\\d{1,8}(\\.\\d{1,2})?");

    public Fen {
        if (value < 0) {
            throw new IllegalArgumentException("negative amount: " + value);
        }
    }

    public static Fen of(long fen) {
        return new Fen(fen);
    }

    public static Fen yuan(long yuan) {
        return new Fen(Math.multiplyExact(yuan, 100));
    }

    /** Why {@code typed} is not an amount in 元, in Chinese, or empty when it is. */
    public static Optional<String> problemOf(String typed) {
        String s = normalise(typed);
        if (s.isEmpty()) {
            return Optional.of("不能为空");
        }
        if (s.startsWith("-")) {
            return Optional.of("不能为负数");
        }
        if (!YUAN.matcher(s).matches()) {
            return Optional.of("应为以元为单位的金额，最多两位小数（如 4800 或 4800.50）");
        }
        return Optional.empty();
    }

    /** The typed amount in 元; check {@link #problemOf} first. */
    public static Fen parse(String typed) {
        Optional<String> problem = problemOf(typed);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return new Fen(new BigDecimal(normalise(typed)).movePointRight(2).longValueExact());
    }

    /** Reads an optional typed amount into {@code problems}: {@code null} when blank or refused. */
    public static Fen optional(String field, String label, String typed, java.util.List<FieldProblem> problems) {
        if (typed == null || normalise(typed).isEmpty()) {
            return null;
        }
        Optional<String> problem = problemOf(typed);
        if (problem.isPresent()) {
            problems.add(new FieldProblem(field, label, problem.get()));
            return null;
        }
        return parse(typed);
    }

    private static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return Texts.blankToNull(typed) == null ? "" : typed.strip().replace(",", "").replace("，", "")
                .replace("元", "").replace("¥", "").replace("￥", "").strip();
    }

    public Fen plus(Fen other) {
        return new Fen(Math.addExact(value, other.value));
    }

    public Fen minus(Fen other) {
        return new Fen(Math.subtractExact(value, other.value));
    }

    public Fen times(long n) {
        return new Fen(Math.multiplyExact(value, n));
    }

    /** This amount times {@code basisPoints}/10000, exact (a fraction of a 分 is kept for the caller to round). */
    public BigDecimal timesBasisPoints(int basisPoints) {
        return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(basisPoints)).divide(BigDecimal.valueOf(10_000));
    }

    public boolean isZero() {
        return value == 0;
    }

    /** In 元 with two decimals: 4800.00. */
    public BigDecimal yuan() {
        return BigDecimal.valueOf(value, 2);
    }

    /** "4800.00" — how amounts are printed in the ledgers. */
    @Override
    public String toString() {
        return yuan().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    @Override
    public int compareTo(Fen o) {
        return Long.compare(value, o.value);
    }
}
