package cn.dangjian.member;

import java.time.LocalDate;

import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Gender;

/** One line of the member list. The 身份证号 is masked unless the caller may see it whole. */
public record MemberRow(long id, String name, Gender gender, LocalDate birthDate, String citizenId,
                        EducationLevel education, LocalDate joinedOn, MemberKind kind, MembershipStatus status,
                        long orgId, String orgName, boolean lostContact, boolean mobile) {
}
