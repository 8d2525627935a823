package cn.dangjian.member;

import cn.dangjian.shared.AuditedChange;

/** A change to one member's record; the audit trail files it under 党员 and the member's id. */
public interface MemberChange extends AuditedChange {

    long memberId();

    /** The organization holding the member when the change was made. */
    long orgId();

    @Override
    default String recordType() {
        return "党员";
    }

    @Override
    default String recordId() {
        return String.valueOf(memberId());
    }
}
