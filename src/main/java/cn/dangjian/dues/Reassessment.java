package cn.dangjian.dues;

import java.time.YearMonth;

/**
 * A suggested reassessment after a salary change: the new calculation, the month it would take effect under the
 * mid-year policy parameter ({@code null} when the policy leaves it to the next annual 核定), and the policy in
 * words with both rules it weighs (DF-10 and DF-17).
 */
public record Reassessment(DuesCalculation calculation, YearMonth effectiveFrom, String policy) {
}
