package cn.dangjian.member;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** A member record was created (by hand or by the API; imports publish {@link RosterImported}). */
public record MemberAdded(String actor, long memberId, long orgId, String name, List<FieldChange> changes)
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
        return "新增";
    }
}
