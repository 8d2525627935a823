package cn.dangjian.life.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingDraft;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.util.MultiValueMap;

/**
 * Reads the recording form: one 出席/请假/缺席 choice and reason per expected attendee
 * ({@code status_<id>}, {@code reason_<id>}), and parallel lists for the agenda items.
 */
final class MeetingForm {

    private MeetingForm() {
    }

    static RecordMeeting read(MeetingDraft draft, MultiValueMap<String, String> p) {
        List<RecordMeeting.Attendance> attendance = new ArrayList<>();
        draft.attendees().forEach(a -> {
            String status = p.getFirst("status_" + a.memberId());
            attendance.add(new RecordMeeting.Attendance(a.memberId(),
                    status == null || status.isBlank() ? null : AttendanceStatus.valueOf(status),
                    p.getFirst("reason_" + a.memberId())));
        });
        List<String> titles = p.getOrDefault("itemTitle", List.of());
        List<RecordMeeting.AgendaItem> agenda = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            RecordMeeting.Vote vote = null;
            if (draft.type() == MeetingType.BRANCH_ASSEMBLY || draft.type() == MeetingType.COMMITTEE_MEETING) {
                Integer inFavour = number(p, "itemFor", i);
                if (inFavour != null) {
                    vote = new RecordMeeting.Vote(inFavour, orZero(number(p, "itemAgainst", i)),
                            orZero(number(p, "itemAbstain", i)));
                }
            }
            agenda.add(new RecordMeeting.AgendaItem(titles.get(i), at(p, "itemMinutes", i), at(p, "itemDecision", i), vote));
        }
        return new RecordMeeting(draft.orgId(), draft.type(), draft.partyGroupId(), p.getFirst("topic"),
                p.getFirst("lecturer"), dateTime(p.getFirst("heldAt")), p.getFirst("place"),
                id(p.getFirst("hostMemberId")), id(p.getFirst("recorderMemberId")), attendance, agenda);
    }

    private static String at(MultiValueMap<String, String> p, String name, int i) {
        List<String> values = p.getOrDefault(name, List.of());
        return i < values.size() ? values.get(i) : null;
    }

    private static Integer number(MultiValueMap<String, String> p, String name, int i) {
        String value = at(p, name, i);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("agenda", "表决票数", "“" + value + "”不是整数");
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static Long id(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value);
    }

    private static LocalDateTime dateTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("heldAt", "会议时间", "格式应为 yyyy-MM-ddTHH:mm");
        }
    }
}
