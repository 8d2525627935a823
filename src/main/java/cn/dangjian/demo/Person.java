package cn.dangjian.demo;

import java.time.LocalDate;

import cn.dangjian.member.MemberKind;
import cn.dangjian.shared.Degree;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.Gender;

/**
 * One generated Party member, before they are placed in an organization — or an applicant (入党申请人), who has
 * an {@code appliedOn} but no kind and no 入党/转正 dates yet.
 */
record Person(String name, Gender gender, Ethnicity ethnicity, LocalDate birthDate, String citizenId,
              String nativePlace, EducationLevel education, Degree degree, String occupation, String position,
              String phone, LocalDate appliedOn, LocalDate joinedOn, LocalDate confirmedOn, MemberKind kind,
              boolean leadingCadre, boolean mobile, boolean lostContact) {

    boolean full() {
        return kind == MemberKind.FULL;
    }

    /** The same person as a 局领导 (leading cadre) with the given post. */
    Person asLeader(String newPosition) {
        return new Person(name, gender, ethnicity, birthDate, citizenId, nativePlace, education, degree, occupation,
                newPosition, phone, appliedOn, joinedOn, confirmedOn, kind, true, false, false);
    }

    /** The same person with an ordinary, reachable, resident status (committee members are never missing). */
    Person present() {
        return new Person(name, gender, ethnicity, birthDate, citizenId, nativePlace, education, degree, occupation,
                position, phone, appliedOn, joinedOn, confirmedOn, kind, leadingCadre, false, false);
    }
}
