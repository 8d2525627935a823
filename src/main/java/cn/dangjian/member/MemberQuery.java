package cn.dangjian.member;

import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Gender;

/**
 * Filters of the member list. {@code orgId} narrows to an organization's subtree (only the organization itself when
 * {@code subtree} is false); {@code text} matches the name (or a whole 身份证号). {@code status} null means the
 * current roll (正常, 留党察看, 停止党籍).
 */
public record MemberQuery(Long orgId, String text, MemberKind kind, MembershipStatus status, Gender gender,
                          AgeBand ageBand, EducationLevel education, Integer joinedFrom, Integer joinedTo,
                          Boolean subtree) {

    public MemberQuery(Long orgId, String text, MemberKind kind, MembershipStatus status, Gender gender,
                       AgeBand ageBand, EducationLevel education, Integer joinedFrom, Integer joinedTo) {
        this(orgId, text, kind, status, gender, ageBand, education, joinedFrom, joinedTo, null);
    }

    public static MemberQuery all() {
        return new MemberQuery(null, null, null, null, null, null, null, null, null);
    }

    public static MemberQuery ofOrg(long orgId) {
        return new MemberQuery(orgId, null, null, null, null, null, null, null, null);
    }

    /** Whether the organization's sub-organizations are included (the default). */
    public boolean includesSubtree() {
        return !Boolean.FALSE.equals(subtree);
    }

    public MemberQuery withSubtree(boolean included) {
        return new MemberQuery(orgId, text, kind, status, gender, ageBand, education, joinedFrom, joinedTo, included);
    }
}
