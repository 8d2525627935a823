package cn.dangjian.transfer.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.dangjian.transfer.LetterCarrier;
import cn.dangjian.transfer.TransferDeadlines;
import cn.dangjian.calendar.WorkingDays;

/**
 * The 党员组织关系介绍信 of a transfer out of the platform, as issued (ZJ-02, ZJ-03): the issuing 基层党委 and the
 * number it gave, the addressee, the validity, how the letter travels (the member in person or 机要, ZJ-06), the
 * 党费已交到 month printed on it, the numbers voided by reissues, and the 回执 once it is back (ZJ-04).
 * Before the letter is issued only the addressee and the carrier are known.
 */
public record TransferLetter(Long issuerOrgId, Integer year, Integer no, String addressee, Integer validityDays,
                             LocalDate issuedOn, String carrier, LocalDate duesPaidUpTo, String voided,
                             LocalDate receiptReturnedOn, String receiptHandler) {

    static TransferLetter draft(String addressee, LetterCarrier carrier) {
        return new TransferLetter(null, null, null, addressee, null, null, carrier.name(), null, null, null, null);
    }

    /** Issued with its number: the first time, or again after a loss with a new number, the old one void (ZJ-06). */
    TransferLetter issued(long issuer, int year, int no, int days, LocalDate on, YearMonth paidUpTo) {
        String voidedNow = this.no == null ? voided : (voided == null ? "" : voided + "、") + number();
        return new TransferLetter(issuer, year, no, addressee, days, on, carrier, paidUpTo == null ? null
                : paidUpTo.atDay(1), voidedNow, null, null);
    }

    TransferLetter receiptBack(LocalDate on, String handler) {
        return new TransferLetter(issuerOrgId, year, no, addressee, validityDays, issuedOn, carrier, duesPaidUpTo,
                voided, on, handler);
    }

    public boolean issued() {
        return no != null;
    }

    /** The number as written in the 第　号 of every part, e.g. 2026-007. */
    public String number() {
        return no == null ? null : year + "-" + String.format("%03d", no);
    }

    public LetterCarrier carrierKind() {
        return LetterCarrier.valueOf(carrier);
    }

    public YearMonth paidUpTo() {
        return duesPaidUpTo == null ? null : YearMonth.from(duesPaidUpTo);
    }

    /** The last day the letter may be presented (ZJ-05, counted as {@link TransferDeadlines#validThrough}). */
    public LocalDate validThrough(WorkingDays calendar) {
        return issuedOn == null ? null : TransferDeadlines.validThrough(issuedOn, validityDays, calendar);
    }
}
