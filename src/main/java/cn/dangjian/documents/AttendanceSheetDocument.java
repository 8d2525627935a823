package cn.dangjian.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The facts a 签到表 shows; {@link #toModel()} turns them into the placeholders of
 * {@link DocumentTemplate#ATTENDANCE_SHEET}. Attendance is recorded by the secretary, never self-reported.
 */
public record AttendanceSheetDocument(String organizationName, String meetingType, String topic,
        LocalDateTime startsAt, LocalDateTime endsAt, String place, List<Entry> entries, LocalDate backfilledOn) {

    public AttendanceSheetDocument {
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(meetingType, "meetingType");
        Objects.requireNonNull(startsAt, "startsAt");
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** Whether a member attended. */
    public enum Presence {
        PRESENT("出席"), ON_LEAVE("请假"), ABSENT("缺席");

        private final String label;

        Presence(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One member's line: name, presence and a remark such as the reason for leave. */
    public record Entry(String name, Presence presence, String remark) {

        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(presence, "presence");
        }
    }

    private long count(Presence presence) {
        return entries.stream().filter(entry -> entry.presence() == presence).count();
    }

    /** The placeholder values for {@link DocumentTemplate#ATTENDANCE_SHEET}. */
    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("组织名称", organizationName);
        model.put("会议类型", meetingType);
        model.put("会议主题", DocumentText.orEmpty(topic));
        model.put("会议时间", DocumentText.period(startsAt, endsAt));
        model.put("会议地点", DocumentText.orEmpty(place));
        model.put("应到人数", String.valueOf(entries.size()));
        model.put("实到人数", String.valueOf(count(Presence.PRESENT)));
        model.put("请假人数", String.valueOf(count(Presence.ON_LEAVE)));
        model.put("缺席人数", String.valueOf(count(Presence.ABSENT)));
        model.put("补录说明", DocumentText.backfillNote(backfilledOn));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("序号", String.valueOf(i + 1));
            row.put("姓名", entry.name());
            row.put("出席情况", entry.presence().label());
            row.put("备注", DocumentText.orEmpty(entry.remark()));
            rows.add(row);
        }
        model.put("人员", rows);
        return model;
    }
}
