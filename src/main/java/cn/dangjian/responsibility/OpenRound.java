package cn.dangjian.responsibility;

import java.time.LocalDate;

/**
 * A 述职评议 round as the 工委 or 机关党委 opens it for the secretaries of the organizations directly below it:
 * the year reviewed and the window ({@code null}: the parameter's month to the end of the year). The grade set is
 * the parameter in force, kept with the round.
 */
public record OpenRound(long issuerOrgId, int year, LocalDate opensOn, LocalDate closesOn) {
}
