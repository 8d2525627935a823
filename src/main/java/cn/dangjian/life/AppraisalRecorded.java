package cn.dangjian.life;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** A branch's yearly 民主评议 was recorded. */
public record AppraisalRecorded(String actor, long roundId, long orgId, List<FieldChange> changes)
        implements AuditedChange {

    @Override
    public String recordType() {
        return "民主评议";
    }

    @Override
    public String recordId() {
        return String.valueOf(roundId);
    }

    @Override
    public String action() {
        return "登记";
    }
}
