package cn.dangjian.life;

import java.time.LocalDateTime;

/** A meeting a member was expected at, with their own attendance — no scores, no rankings. */
public record MyMeeting(long meetingId, MeetingType type, String topic, LocalDateTime heldAt, AttendanceStatus status,
                        String reason) {

    public String typeLabel() {
        return type.label();
    }
}
