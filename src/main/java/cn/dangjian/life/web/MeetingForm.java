package cn.dangjian.life.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.LeaveReasons;
import cn.dangjian.life.MeetingDraft;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.shared.InvalidInputException;
import org.springframework.util.MultiValueMap;

/**
 * Reads the recording form: one 出席/请假/缺席 choice and reason per expected attendee
 * ({@code status_<id>}, {@code reason_<id>} typed or {@code reasonChoice_<id>} chosen), and parallel lists for any number of agenda items
 * ({@code itemTitle}, {@code itemMinutes}, {@code itemDecision}, the counts, and {@code itemVote} holding the index of
 * each item put to the vote). The first item's title left empty is the meeting's topic; a vote whose counts are left
 * empty is every voter present in favour.
 */
final class MeetingForm {

    private MeetingForm() {
    }

    static RecordMeeting read(MeetingDraft draft, MultiValueMap<String, String> p) {
        List<RecordMeeting.Attendance> attendance = new ArrayList<>();
        draft.attendees().forEach(a -> attendance.add(new RecordMeeting.Attendance(a.memberId(),
                status(p, a.memberId()), LeaveReasons.of(p.getFirst("reason_" + a.memberId()),
                        p.getFirst("reasonChoice_" + a.memberId())))));
        int votingPresent = draft.votingPresent(id -> status(p, id));
        List<String> votes = p.getOrDefault("itemVote", List.of());
        List<RecordMeeting.AgendaItem> agenda = new ArrayList<>();
        for (int i = 0; i < rows(p); i++) {
            String title = at(p, "itemTitle", i);
            if (i == 0 && (title == null || title.isBlank())) {
                title = p.getFirst("topic");
            }
            RecordMeeting.Vote vote = null;
            if (draft.votes()) {
                Integer inFavour = number(p, "itemFor", i);
                Integer against = number(p, "itemAgainst", i);
                Integer abstaining = number(p, "itemAbstain", i);
                if (votes.contains(String.valueOf(i)) || inFavour != null || against != null || abstaining != null) {
                    int a = orZero(against);
                    int b = orZero(abstaining);
                    vote = new RecordMeeting.Vote(inFavour != null ? inFavour
                            : MeetingDraft.inFavourByDefault(votingPresent, a, b), a, b);
                }
            }
            agenda.add(new RecordMeeting.AgendaItem(title, at(p, "itemMinutes", i), at(p, "itemDecision", i), vote));
        }
        return new RecordMeeting(draft.orgId(), draft.type(), draft.partyGroupId(), p.getFirst("topic"),
                p.getFirst("lecturer"), dateTime(p.getFirst("heldAt")), p.getFirst("place"),
                id(p.getFirst("hostMemberId")), id(p.getFirst("recorderMemberId")), attendance, agenda);
    }

    /** How many agenda rows were sent: at least one. */
    static int rows(MultiValueMap<String, String> p) {
        return Math.max(1, p.getOrDefault("itemTitle", List.of()).size());
    }

    private static AttendanceStatus status(MultiValueMap<String, String> p, long memberId) {
        String status = p.getFirst("status_" + memberId);
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return AttendanceStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("attendance", "出席情况", "“" + status + "”不是出席、请假或缺席");
        }
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
            throw new InvalidInputException("agenda[" + i + "].vote", "议题" + (i + 1) + "的表决票数", "“" + value + "”不是整数");
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("hostMemberId", "主持人", "请从名单中选择");
        }
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
