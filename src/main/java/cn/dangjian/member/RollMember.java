package cn.dangjian.member;

import java.time.LocalDate;

/**
 * A member on an organization's roll of organizational life (正常 and 留党察看) with the standing that member checks
 * read: kind, status, 党员领导干部, 流动党员, and 失联 with its date (JY-08). No personal details beyond the name and 入党日期.
 */
public record RollMember(long id, long orgId, String name, MemberKind kind, MembershipStatus status,
                         boolean leadingCadre, boolean mobile, boolean lostContact, LocalDate lostContactSince,
                         LocalDate joinedOn) {
}
