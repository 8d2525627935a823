package cn.dangjian.life;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** A meeting was recorded (possibly late: 补录). Other modules (compliance, statistics) react to it. */
public record MeetingRecorded(String actor, long meetingId, long orgId, MeetingType type, LocalDate heldOn,
                              boolean lateEntry, List<FieldChange> changes) implements AuditedChange {

    @Override
    public String recordType() {
        return "组织生活";
    }

    @Override
    public String recordId() {
        return String.valueOf(meetingId);
    }

    @Override
    public String action() {
        return lateEntry ? "补录" : "记录";
    }
}
