package cn.dangjian.transfer;

import java.time.LocalDate;

/** The 回执 of a letter from outside the platform went back to its issuer (ZJ-04): when, and who handled it. */
public record ReceiptSent(LocalDate sentOn, String handler, String phone) {
}
