package cn.dangjian.member;

import java.time.LocalDate;

/**
 * Where a member's relationship is held and their standing, with the name and 入党日期 (from which a probationary
 * member owes dues, DF-08) but no other personal details.
 */
public record MemberPlacement(long memberId, long orgId, String orgPath, MemberKind kind, MembershipStatus status,
                              String name, LocalDate joinedOn) {
}
