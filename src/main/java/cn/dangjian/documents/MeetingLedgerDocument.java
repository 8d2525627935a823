package cn.dangjian.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The facts a 三会一课台账 shows — one line per recorded meeting of the period and a summary; {@link #toModel()}
 * turns them into the placeholders of {@link DocumentTemplate#MEETING_LEDGER}. Nothing here is typed twice.
 */
public record MeetingLedgerDocument(String organizationName, String period, List<Line> lines, String summary) {

    public MeetingLedgerDocument {
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(period, "period");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One meeting of the ledger. */
    public record Line(LocalDate date, String meetingType, String topic, int expected, int present, String host,
                       String remark) {
    }

    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("组织名称", organizationName);
        model.put("期间", period);
        model.put("汇总", summary == null ? "" : summary);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("序号", String.valueOf(i + 1));
            row.put("日期", line.date().toString());
            row.put("会议类型", line.meetingType());
            row.put("主题", line.topic());
            row.put("应到", String.valueOf(line.expected()));
            row.put("实到", String.valueOf(line.present()));
            row.put("主持人", line.host() == null ? "" : line.host());
            row.put("备注", line.remark() == null ? "" : line.remark());
            rows.add(row);
        }
        model.put("会议", rows);
        return model;
    }
}
