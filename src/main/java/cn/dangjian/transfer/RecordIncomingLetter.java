package cn.dangjian.transfer;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.dangjian.member.MemberKind;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.Gender;

/**
 * A 党员组织关系介绍信 from outside the platform as the receiving branch types it from the paper (ZJ-02 第二联): who
 * issued it, its number, the organization the member comes from, the dates, the validity and 党费已交到; the
 * member's details as written on it — checked against the 身份证号 — and the membership dates from the member's
 * file (入党日期, and 转正日期 for a full member), so the member is taken in with their standing, not as a recruit.
 *
 * @param orgId      the branch taking the member in
 * @param issuer     the organization that issued the letter and gets the 回执 back (ZJ-04)
 * @param fromName   the organization the relationship comes from (由…), when not the issuer itself
 * @param age        the age written on the letter
 * @param receivedOn the day the member reported with the letter
 */
public record RecordIncomingLetter(Long orgId, String issuer, String fromName, String letterNo, LocalDate issuedOn,
                                   Integer validityDays, YearMonth duesPaidUpTo, LocalDate receivedOn, String name,
                                   Gender gender, Integer age, Ethnicity ethnicity, String citizenId, MemberKind kind,
                                   String phone, LocalDate joinedOn, LocalDate confirmedOn) {
}
