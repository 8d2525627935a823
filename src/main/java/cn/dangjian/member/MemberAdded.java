package cn.dangjian.member;

import java.util.List;


/** A member record was created (by hand or by the API; imports publish {@link RosterImported}). */
public record MemberAdded(String actor, long memberId, long orgId, String name, List<FieldChange> changes)
        implements MemberChange {

    @Override
    public String action() {
        return "新增";
    }
}
