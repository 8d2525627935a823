package cn.dangjian.org;

import java.util.Optional;

/**
 * What the organization tree needs to know about members, implemented by the member module (so the
 * dependency points from member to org, never back).
 */
public interface MemberDirectory {

    /** A member's name and organization, to validate a committee post holder. */
    Optional<MemberCard> card(long memberId);

    /** Members (not left, not deceased) whose organizational relationship is held by this organization. */
    long currentMembersOf(long orgId);

    record MemberCard(long id, String name, long orgId, boolean fullMember) {
    }
}
