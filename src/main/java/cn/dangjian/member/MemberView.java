package cn.dangjian.member;

import java.time.LocalDate;

import cn.dangjian.shared.Degree;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.Gender;

/** A member's full record. 身份证号 and phone are masked unless the caller's role needs them. */
public record MemberView(long id, String name, Gender gender, Ethnicity ethnicity, LocalDate birthDate,
                         String citizenId, String nativePlace, EducationLevel education, Degree degree,
                         String occupation, Long unitId, String unitName, String position, String phone,
                         LocalDate appliedOn, LocalDate joinedOn, LocalDate confirmedOn, MemberKind kind,
                         MembershipStatus status, long orgId, String orgName, Long partyGroupId,
                         String partyGroupName, boolean leadingCadre, boolean mobile, boolean lostContact,
                         LocalDate lostContactSince, int version, boolean sensitiveShown) {

    /** 党龄 in whole years on {@code day}, counted from 转正 (FZ-24); 0 for probationary members. */
    public int partyStandingOn(LocalDate day) {
        return confirmedOn == null ? 0 : Math.max(0, java.time.Period.between(confirmedOn, day).getYears());
    }
}
