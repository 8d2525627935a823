package cn.dangjian.member;

/** Where a member's relationship is held and their standing, without personal details. */
public record MemberPlacement(long memberId, long orgId, String orgPath, MemberKind kind, MembershipStatus status) {
}
