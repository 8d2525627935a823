package cn.dangjian.transfer;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A letter from outside the platform as its pages and API show it: the receiving branch and the member created
 * from it, the letter as written, the last day it could be presented and whether the member reported after it, and
 * the 回执 — due one month after the member was taken in (ZJ-04) — once sent.
 */
public record IncomingLetterView(long id, long orgId, String orgName, long memberId, String memberName, String issuer,
                                 String fromName, String letterNo, LocalDate issuedOn, int validityDays,
                                 LocalDate validThrough, YearMonth duesPaidUpTo, LocalDate receivedOn,
                                 LocalDate receiptDue, LocalDate receiptSentOn, String receiptHandler,
                                 String receiptPhone, String recordedBy, int version) {

    /** Whether the member reported after the letter's last valid day (it is taken in all the same, JY-09). */
    public boolean reportedLate() {
        return receivedOn.isAfter(validThrough);
    }

    public boolean receiptSent() {
        return receiptSentOn != null;
    }

    /** Whether the 回执 is still to be sent after its last day. */
    public boolean receiptOverdueOn(LocalDate today) {
        return receiptSentOn == null && today.isAfter(receiptDue);
    }
}
