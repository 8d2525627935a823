package cn.dangjian.member;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** A member record's fields were edited; sensitive values appear masked. */
public record MemberChanged(String actor, long memberId, long orgId, List<FieldChange> changes)
        implements AuditedChange {

    @Override
    public String recordType() {
        return "党员";
    }

    @Override
    public String recordId() {
        return String.valueOf(memberId);
    }

    @Override
    public String action() {
        return "修改";
    }
}
