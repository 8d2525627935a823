package cn.dangjian.transfer;

import java.time.LocalDate;

/**
 * The 回执 of a letter out of the platform as it came back (ZJ-02): the date the receiving organization wrote on it
 * (the day it took the member in), the day it reached the sender, and its 经办人.
 */
public record RecordReceipt(LocalDate receivedOn, LocalDate returnedOn, String handler) {
}
