package cn.dangjian.dues;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.dangjian.shared.Fen;

/**
 * How a computed amount becomes a payable one. No national rule was found (DF-28 is U), so it is the parameter
 * {@code dues.rounding}; the default takes the amount as computed, only bringing a fraction of a 分 to the nearest
 * 分 (0.5% of 2999.99 元 is 14.99995 元 → 15.00 元), since nothing smaller can be paid.
 */
public enum Rounding {
    FEN("按计算结果（精确到分，四舍五入）"),
    JIAO_HALF_UP("精确到角（四舍五入）"),
    JIAO_UP("精确到角（向上取整）"),
    YUAN_HALF_UP("精确到元（四舍五入）");

    private final String label;

    Rounding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code exactFen} (a number of 分, possibly with a fraction) as a payable amount. */
    public Fen apply(BigDecimal exactFen) {
        BigDecimal rounded = switch (this) {
            case FEN -> exactFen.setScale(0, RoundingMode.HALF_UP);
            case JIAO_HALF_UP -> exactFen.movePointLeft(1).setScale(0, RoundingMode.HALF_UP).movePointRight(1);
            case JIAO_UP -> exactFen.movePointLeft(1).setScale(0, RoundingMode.CEILING).movePointRight(1);
            case YUAN_HALF_UP -> exactFen.movePointLeft(2).setScale(0, RoundingMode.HALF_UP).movePointRight(2);
        };
        return Fen.of(rounded.longValueExact());
    }
}
