package cn.dangjian.member;

import java.util.List;


/** A member record's fields were edited; sensitive values appear masked. */
public record MemberChanged(String actor, long memberId, long orgId, List<FieldChange> changes)
        implements MemberChange {

    @Override
    public String action() {
        return "修改";
    }
}
