package cn.dangjian.member;

import java.time.LocalDate;

import cn.dangjian.shared.Degree;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.Gender;

/**
 * The editable fields of a member record, as typed in the form, the API or an Excel row. Kind and
 * status of an existing member change only through {@link StatusChange}s. A blank {@code citizenId} or
 * {@code phone} on an edit keeps the stored value (the form only ever shows them masked).
 */
public record MemberForm(String name, Gender gender, Ethnicity ethnicity, LocalDate birthDate, String citizenId,
                         String nativePlace, EducationLevel education, Degree degree, String occupation,
                         Long unitId, String position, String phone, LocalDate appliedOn, LocalDate joinedOn,
                         LocalDate confirmedOn, MemberKind kind, Long orgId, Long partyGroupId,
                         boolean leadingCadre, boolean mobile, boolean lostContact) {
}
