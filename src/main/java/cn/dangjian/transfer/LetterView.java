package cn.dangjian.transfer;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The 介绍信 of a transfer out of the platform as its pages show it: its number (null until issued), addressee,
 * issuing 基层党委, issue date, validity and the last day it may be presented (ZJ-05), how it travels (ZJ-06), the
 * 党费已交到 month printed on it, numbers voided by reissues, and when its 回执 came back (ZJ-04).
 */
public record LetterView(String number, String addressee, Long issuerOrgId, String issuerName, LocalDate issuedOn,
                         Integer validityDays, LocalDate validThrough, String carrier, YearMonth duesPaidUpTo,
                         String voided, LocalDate receiptReturnedOn, String receiptHandler) {

    /** Whether the letter's validity has passed on {@code today} with no 回执 back. */
    public boolean expiredOn(LocalDate today) {
        return validThrough != null && receiptReturnedOn == null && today.isAfter(validThrough);
    }

    /** Whether the letter, its 回执 not back, can be presented for at most {@link #EXPIRING_DAYS} more days. */
    public boolean expiringOn(LocalDate today) {
        return validThrough != null && receiptReturnedOn == null && !today.isAfter(validThrough)
                && !today.plusDays(EXPIRING_DAYS).isBefore(validThrough);
    }

    /** How close to its last valid day a letter is shown as about to expire. */
    public static final int EXPIRING_DAYS = 7;
}
