package cn.dangjian.member;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded status change, with the state before and after it. */
public record StatusHistoryEntry(long id, StatusChangeType type, LocalDate effectiveOn, String reason,
                                 String before, String after, String recordedBy, Instant recordedAt) {

    public String typeLabel() {
        return type.label();
    }

    public String recordedByLabel() {
        return cn.dangjian.shared.Texts.recorder(recordedBy);
    }
}
