package cn.dangjian.life;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** The 批评与自我批评 of a 组织生活会 were recorded or changed; the changes name each member and text. */
public record CriticismNotesRecorded(String actor, long meetingId, long orgId, List<FieldChange> changes)
        implements AuditedChange {

    @Override
    public String recordType() {
        return "组织生活会批评与自我批评";
    }

    @Override
    public String recordId() {
        return String.valueOf(meetingId);
    }

    @Override
    public String action() {
        return "记录";
    }
}
