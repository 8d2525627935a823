package cn.dangjian.member.internal;

import java.time.LocalDate;

import cn.dangjian.member.MemberKind;
import cn.dangjian.member.MembershipStatus;
import cn.dangjian.shared.Degree;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.Gender;

/** A member row as stored, with the sensitive fields still encrypted. */
public record MemberRecord(long id, String name, Gender gender, Ethnicity ethnicity, LocalDate birthDate,
                           byte[] citizenIdEnc, String citizenIdHash, String nativePlace, EducationLevel education,
                           Degree degree, String occupation, Long unitId, String position, byte[] phoneEnc,
                           LocalDate appliedOn, LocalDate joinedOn, LocalDate confirmedOn, MemberKind kind,
                           MembershipStatus status, long orgId, String orgPath, Long partyGroupId,
                           boolean leadingCadre, boolean mobile, boolean lostContact, LocalDate lostContactSince,
                           int version) {
}
