package cn.dangjian.dues;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.dangjian.shared.Fen;

/**
 * One month of one payment as stored: the payment's number (shared by the months it covers), the amount for the
 * month, when and how it was paid, and whether it was 预交 (paid before the month), 补交 (after the month) or in
 * the month; {@code corrects} names the row it replaced, {@code superseded} says a later row replaced it.
 */
public record PaymentLine(long id, String paymentNo, long memberId, YearMonth month, Fen amount, LocalDate paidOn,
                          PaymentMethod method, String proxyName, String consent, String source, Long corrects,
                          boolean superseded, String note, String recordedBy) {

    /** 当月交纳, 预交 or 补交 — from the month and the day paid. */
    public String timing() {
        YearMonth paid = YearMonth.from(paidOn);
        return paid.isBefore(month) ? "预交" : paid.isAfter(month) ? "补交" : "当月交纳";
    }
}
