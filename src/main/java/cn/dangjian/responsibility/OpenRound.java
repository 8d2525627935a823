package cn.dangjian.responsibility;

import java.time.LocalDate;

/**
 * A 述职评议 round as the 工委 opens it for the secretaries of the organizations directly below it, or a 机关党委 for
 * those of the 党总支 and 党支部 of its subtree:
 * the year reviewed and the window ({@code null}: the parameter's month to the end of the year). The grade set is
 * the parameter in force, kept with the round.
 */
public record OpenRound(long issuerOrgId, int year, LocalDate opensOn, LocalDate closesOn) {
}
