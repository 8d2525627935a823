package cn.dangjian.dues;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A remittance (上缴, A.2.3) as the branch records it: the period, the day handed up, the amount in 元, how
 * ({@code bankTransfer}: 银行转账, else 现金缴款单), the proof number, who handled it, and a note.
 */
public record RecordRemittance(long orgId, YearMonth from, YearMonth until, LocalDate remittedOn, String amount,
                               boolean bankTransfer, String proofNo, String handledBy, String note) {
}
