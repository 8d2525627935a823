package cn.dangjian.member;

import java.time.LocalDate;

import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.Gender;

/**
 * What an official letter about a member prints (the 介绍信 of ZJ-02: sex, age, ethnicity, 正式/预备, 身份证号 and the
 * member's phone), unmasked. Read only by a module that has checked its caller may issue that letter.
 */
public record MemberParticulars(long memberId, String name, Gender gender, Ethnicity ethnicity, LocalDate birthDate,
                                String citizenId, String phone, MemberKind kind) {

    /** Age in full years on {@code day}. */
    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }
}
