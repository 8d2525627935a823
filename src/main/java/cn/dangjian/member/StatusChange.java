package cn.dangjian.member;

import java.time.LocalDate;

/** A status change to record: what, from when, why; {@code version} is the record version the user saw. */
public record StatusChange(StatusChangeType type, LocalDate effectiveOn, String reason, int version) {
}
