package cn.dangjian.life;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the recording form shows before anything is typed: the time (today at the organization's usual hour, or now),
 * the place, 主持人 and 记录人 of its last meeting of the type (主持人 falls back to the secretary), and everyone
 * expected marked 出席 — the secretary changes only the exceptions.
 */
public record MeetingPrefill(LocalDateTime heldAt, String place, Long hostMemberId, Long recorderMemberId,
                             MeetingDraft draft) {

    /** The form's field values ({@code heldAt}, {@code place}, {@code hostMemberId}, …, {@code status_<id>}). */
    public Map<String, String> formValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("heldAt", heldAt.toString());
        if (place != null) {
            values.put("place", place);
        }
        if (hostMemberId != null) {
            values.put("hostMemberId", hostMemberId.toString());
        }
        if (recorderMemberId != null) {
            values.put("recorderMemberId", recorderMemberId.toString());
        }
        draft.attendees().forEach(a -> values.put("status_" + a.memberId(), AttendanceStatus.PRESENT.name()));
        return values;
    }
}
