package cn.dangjian.dues;

import java.math.BigDecimal;
import java.util.List;

import cn.dangjian.shared.Fen;

/**
 * The amount rules of 《关于中国共产党党费收缴、使用和管理的规定》 as code. Members in work (DF-02, also for
 * annual-salary earners DF-03 and members without a monthly wage DF-04) pay 0.5% of an after-tax monthly income up
 * to 3000 元, 1% above 3000 up to 5000, 1.5% above 5000 up to 10000 and 2% above 10000; retirees (DF-05) 0.5% of a
 * pension up to 5000 元 and 1% above. Each is a flat rate chosen by the bracket and applied to the whole base —
 * not a progressive rate — and every upper bound belongs to its bracket (3000.00 元 pays 0.5%, 3000.01 pays 1%).
 * These numbers are verified in the text (V) and so are constants; the rounding (DF-28, U) is a parameter.
 */
public final class DuesRates {

    /** A bracket: incomes up to and including {@code upTo} (in 分; {@code null} = no upper bound) pay the rate. */
    public record Bracket(Long upTo, int basisPoints, String label) {
    }

    static final List<Bracket> IN_SERVICE = List.of(
            new Bracket(300_000L, 50, "3000元以下（含3000元）"),
            new Bracket(500_000L, 100, "3000元以上至5000元（含5000元）"),
            new Bracket(1_000_000L, 150, "5000元以上至10000元（含10000元）"),
            new Bracket(null, 200, "10000元以上"));
    static final List<Bracket> RETIRED = List.of(
            new Bracket(500_000L, 50, "5000元以下（含5000元）"),
            new Bracket(null, 100, "5000元以上"));

    private DuesRates() {
    }

    /** The brackets for members in work (DF-02; also DF-03 and DF-04), lowest first. */
    public static List<Bracket> inService() {
        return IN_SERVICE;
    }

    /** The brackets for retirees (DF-05), lowest first. */
    public static List<Bracket> retired() {
        return RETIRED;
    }

    /**
     * The monthly amount for {@code category}. {@code base} is the monthly income or pension (required when the
     * category {@link DuesCategory#needsBase needs one}); {@code farmerAmount} the amount the branch set for a farmer
     * member (0.2 to 1 元; 0.2 when {@code null}).
     *
     * @throws IllegalArgumentException when a base is missing or a farmer's amount is outside 0.2–1 元
     */
    public static DuesCalculation calculate(DuesCategory category, Fen base, Fen farmerAmount, Rounding rounding) {
        return switch (category.basis()) {
            case SALARY -> byBracket(category, base, IN_SERVICE, "DF-02", "第二条", rounding);
            case PENSION -> byBracket(category, base, RETIRED, "DF-05", "第五条", rounding);
            case FARMER -> {
                Fen amount = farmerAmount == null ? DuesCategory.FIXED_AMOUNT : farmerAmount;
                if (amount.compareTo(DuesCategory.FIXED_AMOUNT) < 0 || amount.compareTo(DuesCategory.FARMER_MAX) > 0) {
                    throw new IllegalArgumentException("农民党员每月交纳0.2元至1元");
                }
                yield fixed(category, amount, "每月0.2元至1元，按" + amount + "元");
            }
            case FIXED -> fixed(category, DuesCategory.FIXED_AMOUNT, "每月0.2元");
        };
    }

    private static DuesCalculation byBracket(DuesCategory category, Fen base, List<Bracket> brackets, String ruleId,
                                             String article, Rounding rounding) {
        if (base == null) {
            throw new IllegalArgumentException(category.label() + "应填写月收入（计算基数）");
        }
        Bracket bracket = brackets.stream().filter(b -> b.upTo() == null || base.value() <= b.upTo()).findFirst()
                .orElseThrow();
        BigDecimal exact = base.timesBasisPoints(bracket.basisPoints());
        return new DuesCalculation(category, base, bracket.label(), bracket.basisPoints(), ruleId,
                DuesCategory.REGULATION + article, exact, rounding, rounding.apply(exact));
    }

    private static DuesCalculation fixed(DuesCategory category, Fen amount, String bracket) {
        return new DuesCalculation(category, null, bracket, null, "DF-06", category.article(),
                BigDecimal.valueOf(amount.value()), Rounding.FEN, amount);
    }
}
