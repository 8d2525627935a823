package cn.dangjian.dues;

import java.math.BigDecimal;

import cn.dangjian.shared.Fen;

/**
 * A monthly amount and how it was reached: the category, the base typed (salary or pension, {@code null} for a
 * fixed amount), the bracket and rate applied (rate in basis points, 50 = 0.5%; {@code null} for a fixed amount),
 * the rule and article that set it, the exact amount in 分 before rounding, and the payable amount.
 */
public record DuesCalculation(DuesCategory category, Fen base, String bracket, Integer rateBasisPoints, String ruleId,
                              String article, BigDecimal exactFen, Rounding rounding, Fen monthly) {

    /** The rate as people write it: 0.5%, 1%, 1.5%, 2%; empty for a fixed amount. */
    public String rate() {
        return rateBasisPoints == null ? "" : BigDecimal.valueOf(rateBasisPoints, 2).stripTrailingZeros().toPlainString() + "%";
    }

    /** 执行标准 on the 核定表: the rate, or 固定金额 for DF-06. */
    public String standard() {
        return rateBasisPoints == null ? "固定金额" : "按" + rate();
    }

    /** One line for the member and the 核定表: 「月工资收入4800.00元，3000元以上至5000元（含），按1%交纳，每月48.00元（DF-02）」. */
    public String explanation() {
        String amount = "每月" + monthly + "元";
        if (base == null) {
            return category.label() + "，" + bracket + "，" + amount + "（" + ruleId + "，" + article + "）";
        }
        String of = category.basis() == DuesCategory.Basis.PENSION ? "离退休费" : "月收入";
        return of + base + "元，" + bracket + "，" + standard() + "交纳，" + amount + "（" + ruleId + "，" + article + "）";
    }
}
