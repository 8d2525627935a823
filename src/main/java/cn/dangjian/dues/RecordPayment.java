package cn.dangjian.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A payment as the 组织委员 records it (A.2.2): whose, which months, the amount in 元 (optional — when given it must
 * equal what the months owe, so a typing slip is caught), the day, who handed it over (DF-12), the branch's
 * recorded consent for a 补交 of a month more than 6 months back (DF-12), and a note.
 */
public record RecordPayment(long memberId, List<YearMonth> months, String amount, LocalDate paidOn, PaymentMethod method,
                            String proxyName, String consent, String note) {

    public static RecordPayment self(long memberId, LocalDate paidOn, YearMonth... months) {
        return new RecordPayment(memberId, List.of(months), null, paidOn, PaymentMethod.SELF, null, null, null);
    }
}
