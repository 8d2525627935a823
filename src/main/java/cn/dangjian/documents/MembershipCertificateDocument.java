package cn.dangjian.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import cn.dangjian.shared.ChineseNumerals;

/**
 * The 党员证明信 a branch gives a member going away for up to 6 months (ZJ-01 (b)): it proves the membership — who,
 * when they joined, 正式 or 预备, where the relationship stays — so the member can join organizational life where
 * they go, without moving the relationship. As on the 介绍信 (ZJ-03), 党费已交到 and the period are written in
 * characters, and the signature block carries the seal only. {@link #toModel()} fills
 * {@link DocumentTemplate#MEMBERSHIP_CERTIFICATE}.
 *
 * @param addressee   the organization the member presents it to
 * @param orgName     the organization holding the relationship
 * @param destination where the member goes
 * @param purpose     why (学习、培训、挂职…)
 * @param months      how long, 1 to 6
 */
public record MembershipCertificateDocument(String addressee, String memberName, String gender, String ethnicity,
                                            LocalDate joinedOn, boolean probationary, String orgName,
                                            String destination, String purpose, int months, YearMonth duesPaidUpTo,
                                            LocalDate issuedOn) {

    public MembershipCertificateDocument {
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(memberName, "memberName");
        Objects.requireNonNull(joinedOn, "joinedOn");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (months < 1 || months > 6) {
            throw new IllegalArgumentException("months: " + months);
        }
    }

    /** The placeholder values for {@link DocumentTemplate#MEMBERSHIP_CERTIFICATE}. */
    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("抬头", addressee);
        model.put("姓名", memberName);
        model.put("性别", DocumentText.orEmpty(gender));
        model.put("民族", DocumentText.orEmpty(ethnicity));
        model.put("入党时间", joinedOn.getYear() + "年" + joinedOn.getMonthValue() + "月");
        model.put("党员类别", probationary ? "预备" : "正式");
        model.put("组织关系所在", DocumentText.orEmpty(orgName));
        model.put("前往", DocumentText.orEmpty(destination));
        model.put("事由", DocumentText.orEmpty(purpose));
        model.put("期限", ChineseNumerals.number(months) + "个月");
        model.put("党费已交到", duesPaidUpTo == null ? "＿＿＿＿年＿＿月" : ChineseNumerals.yearMonth(duesPaidUpTo));
        model.put("开具日期", DocumentText.date(issuedOn));
        return model;
    }
}
