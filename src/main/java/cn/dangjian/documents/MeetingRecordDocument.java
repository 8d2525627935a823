package cn.dangjian.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The facts a 会议记录 shows, as recorded by the meeting module; {@link #toModel()} turns them into the
 * placeholders of {@link DocumentTemplate#MEETING_RECORD}.
 *
 * @param organizationName 组织名称, e.g. 第一党支部
 * @param meetingType      会议类型, e.g. 支部委员会会议
 * @param topic            会议主题
 * @param startsAt         when the meeting began
 * @param endsAt           when it ended, or {@code null}
 * @param place            会议地点
 * @param host             主持人
 * @param recorder         记录人
 * @param attendance       head counts
 * @param attendees        names of those present
 * @param absences         those on leave (请假) with their reasons
 * @param absentees        those absent without leave (缺席), listed apart from those on leave
 * @param agenda           the items discussed, in order
 * @param backfilledOn     the day the record was entered after the fact, or {@code null} when on time
 * @param criticism        a 组织生活会's 批评与自我批评, per member; empty for other meetings
 */
public record MeetingRecordDocument(String organizationName, String meetingType, String topic,
        LocalDateTime startsAt, LocalDateTime endsAt, String place, String host, String recorder,
        Attendance attendance, List<String> attendees, List<Leave> absences, List<AgendaItem> agenda,
        LocalDate backfilledOn, List<Criticism> criticism, List<String> absentees) {

    public MeetingRecordDocument {
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(meetingType, "meetingType");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(attendance, "attendance");
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        absences = absences == null ? List.of() : List.copyOf(absences);
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        criticism = criticism == null ? List.of() : List.copyOf(criticism);
        absentees = absentees == null ? List.of() : List.copyOf(absentees);
    }

    /** A meeting nobody missed without leave. */
    public MeetingRecordDocument(String organizationName, String meetingType, String topic, LocalDateTime startsAt,
                                 LocalDateTime endsAt, String place, String host, String recorder,
                                 Attendance attendance, List<String> attendees, List<Leave> absences,
                                 List<AgendaItem> agenda, LocalDate backfilledOn, List<Criticism> criticism) {
        this(organizationName, meetingType, topic, startsAt, endsAt, place, host, recorder, attendance, attendees,
                absences, agenda, backfilledOn, criticism, List.of());
    }

    /** A meeting without 批评与自我批评 (anything but a 组织生活会). */
    public MeetingRecordDocument(String organizationName, String meetingType, String topic, LocalDateTime startsAt,
                                 LocalDateTime endsAt, String place, String host, String recorder,
                                 Attendance attendance, List<String> attendees, List<Leave> absences,
                                 List<AgendaItem> agenda, LocalDate backfilledOn) {
        this(organizationName, meetingType, topic, startsAt, endsAt, place, host, recorder, attendance, attendees,
                absences, agenda, backfilledOn, List.of(), List.of());
    }

    /** 应到、实到、请假、缺席 and 有表决权 head counts. */
    public record Attendance(int expected, int present, int onLeave, int absent, int withVotingRights) {
    }

    /** A member on leave (请假) and the reason given. */
    public record Leave(String name, String reason) {

        String describe() {
            return reason == null || reason.isBlank() ? name : name + "（" + reason + "）";
        }
    }

    /** One 议题 with its discussion, resolution and, when voted on, the vote. */
    public record AgendaItem(String subject, String discussion, String resolution, Vote vote) {
    }

    /** A vote's counts and whether the motion passed (computed by the caller from the rules). */
    public record Vote(int inFavour, int against, int abstaining, boolean passed) {

        /** “赞成7票，反对0票，弃权1票”. */
        public String describe() {
            return "赞成" + inFavour + "票，反对" + against + "票，弃权" + abstaining + "票";
        }
    }

    /** One member's 自我批评 and the 相互批评意见 raised toward them at a 组织生活会. */
    public record Criticism(String name, String selfCriticism, String criticismReceived) {
    }

    /** The placeholder values for {@link DocumentTemplate#MEETING_RECORD}. */
    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("组织名称", organizationName);
        model.put("会议类型", meetingType);
        model.put("会议主题", DocumentText.orEmpty(topic));
        model.put("会议时间", DocumentText.period(startsAt, endsAt));
        model.put("会议地点", DocumentText.orEmpty(place));
        model.put("主持人", DocumentText.orEmpty(host));
        model.put("记录人", DocumentText.orEmpty(recorder));
        model.put("应到人数", String.valueOf(attendance.expected()));
        model.put("实到人数", String.valueOf(attendance.present()));
        model.put("请假人数", String.valueOf(attendance.onLeave()));
        model.put("缺席人数", String.valueOf(attendance.absent()));
        model.put("有表决权人数", String.valueOf(attendance.withVotingRights()));
        model.put("出席人员", DocumentText.names(attendees));
        model.put("请假人员", DocumentText.names(absences.stream().map(Leave::describe).toList()));
        model.put("缺席人员", DocumentText.names(absentees));
        model.put("补录说明", DocumentText.backfillNote(backfilledOn));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("序号", String.valueOf(i + 1));
            row.put("议题", DocumentText.orEmpty(item.subject()));
            row.put("讨论记录", DocumentText.orEmpty(item.discussion()));
            row.put("决议", DocumentText.orEmpty(item.resolution()));
            row.put("表决结果", item.vote() == null ? "未表决" : item.vote().describe());
            row.put("是否通过", item.vote() == null ? "—" : item.vote().passed() ? "通过" : "未通过");
            rows.add(row);
        }
        model.put("议程", rows);
        List<Map<String, Object>> notes = new ArrayList<>();
        for (Criticism note : criticism) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("姓名", DocumentText.orEmpty(note.name()));
            row.put("自我批评", DocumentText.orEmpty(note.selfCriticism()));
            row.put("相互批评意见", DocumentText.orEmpty(note.criticismReceived()));
            notes.add(row);
        }
        model.put("批评与自我批评", notes);
        model.put("有批评与自我批评", !notes.isEmpty());
        return model;
    }
}
