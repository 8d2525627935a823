package cn.dangjian.dues;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A member's 少交/免交 application as the branch records it (DF-07): exemption or a reduced monthly amount (in 元),
 * the months it covers, the reason and the day applied.
 */
public record ApplyReduction(long memberId, boolean exempt, String amount, YearMonth from, YearMonth until,
                             String reason, LocalDate appliedOn) {
}
