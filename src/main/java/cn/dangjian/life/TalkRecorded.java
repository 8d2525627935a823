package cn.dangjian.life;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** A 谈心谈话 was recorded. */
public record TalkRecorded(String actor, long talkId, long orgId, List<FieldChange> changes) implements AuditedChange {

    @Override
    public String recordType() {
        return "谈心谈话";
    }

    @Override
    public String recordId() {
        return String.valueOf(talkId);
    }

    @Override
    public String action() {
        return "记录";
    }
}
