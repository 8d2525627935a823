package cn.dangjian.transfer;

import java.time.LocalDate;

/**
 * A contact with a 流动党员 (at least every 6 months, ZJ-09, JY-14): when, how, whether they took part in
 * organizational life where they are, and a note.
 */
public record RecordContact(LocalDate contactedOn, String means, boolean attendedElsewhere, String note) {
}
