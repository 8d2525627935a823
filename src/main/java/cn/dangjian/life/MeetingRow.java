package cn.dangjian.life;

import java.time.LocalDateTime;

/** One line of a meeting list. */
public record MeetingRow(long id, long orgId, String orgName, MeetingType type, String topic, LocalDateTime heldAt,
                         String hostName, int expected, int present, boolean quorumMet, boolean lateEntry,
                         int daysLate) {

    public String typeLabel() {
        return type.label();
    }
}
