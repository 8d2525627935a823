package cn.dangjian.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import cn.dangjian.shared.ChineseNumerals;

/**
 * The 党员组织关系介绍信 in the three-part layout in use since 2007 (ZJ-02): 存根, 介绍信 and 回执, each with the
 * number the sending side gave it. As the filling rules require (ZJ-03), 党费已交到 and 有效期 are written in
 * characters (二〇二六年十一月, 三十天) so they cannot be altered; of the options 男/女 and 正式/预备 the one that does not
 * apply is struck out in the PDF (the Word format prints the applicable one); the signature blocks carry the seal
 * only, no written name. {@link #toModel()} fills {@link DocumentTemplate#TRANSFER_LETTER}.
 *
 * @param letterNo           the number, e.g. 2026-007
 * @param gender             男 or 女
 * @param fromName           the organization the relationship leaves (由…)
 * @param toName             the organization it goes to (去…, 转到…)
 * @param addressee          the letter's 抬头
 * @param duesPaidUpTo       党费已交到; {@code null} leaves the blank for a member who has paid nothing yet
 * @param senderAddress      the sending 基层党委's address block, often stamped instead ({@code null}: left blank)
 * @param receiptAddressee   the sending 基层党委 the 回执 goes back to (ZJ-04)
 * @param receiptReturnedOn  when the 回执 came back; the stub's 贴回执联处 says so
 * @param voidedLetterNo     the numbers this letter replaces (lost or expired, ZJ-06), void
 */
public record TransferLetterDocument(String letterNo, String memberName, String gender, int age, String ethnicity,
                                     boolean probationary, String citizenId, String fromName, String toName,
                                     String addressee, YearMonth duesPaidUpTo, int validityDays, LocalDate issuedOn,
                                     String memberPhone, String senderAddress, String senderPhone, String senderFax,
                                     String senderPostcode, String receiptAddressee, LocalDate receiptReturnedOn,
                                     String voidedLetterNo) {

    public TransferLetterDocument {
        Objects.requireNonNull(letterNo, "letterNo");
        Objects.requireNonNull(memberName, "memberName");
        Objects.requireNonNull(fromName, "fromName");
        Objects.requireNonNull(toName, "toName");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (validityDays < 1) {
            throw new IllegalArgumentException("validityDays: " + validityDays);
        }
    }

    /** 党费已交到 in characters: 二〇二六年十一月; blank lines when nothing was paid. */
    public String duesPaidUpToText() {
        return duesPaidUpTo == null ? "＿＿＿＿年＿＿月" : ChineseNumerals.yearMonth(duesPaidUpTo);
    }

    /** 有效期 in characters: 三十天. */
    public String validityText() {
        return ChineseNumerals.days(validityDays);
    }

    /** What the stub's 贴回执联处 says: when the 回执 came back, or nothing yet. */
    public String receiptNote() {
        return receiptReturnedOn == null ? "" : "回执已于" + DocumentText.date(receiptReturnedOn) + "收回";
    }

    /** The placeholder values for {@link DocumentTemplate#TRANSFER_LETTER}. */
    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("编号", letterNo);
        model.put("姓名", memberName);
        model.put("性别", DocumentText.orEmpty(gender));
        model.put("年龄", String.valueOf(age));
        model.put("民族", DocumentText.orEmpty(ethnicity));
        model.put("党员类别", probationary ? "预备" : "正式");
        model.put("身份证号", DocumentText.orEmpty(citizenId));
        model.put("转出党组织", fromName);
        model.put("转往党组织", toName);
        model.put("抬头", addressee == null || addressee.isBlank() ? toName : addressee);
        model.put("党费已交到", duesPaidUpToText());
        model.put("有效期", validityText());
        model.put("开具日期", DocumentText.date(issuedOn));
        model.put("党员联系电话", DocumentText.orEmpty(memberPhone));
        model.put("通讯地址", DocumentText.orEmpty(senderAddress));
        model.put("联系电话", DocumentText.orEmpty(senderPhone));
        model.put("传真", DocumentText.orEmpty(senderFax));
        model.put("邮编", DocumentText.orEmpty(senderPostcode));
        model.put("回执抬头", DocumentText.orEmpty(receiptAddressee));
        model.put("回执情况", receiptNote());
        model.put("补开说明", voidedLetterNo == null || voidedLetterNo.isBlank() ? ""
                : "补开，原第" + voidedLetterNo + "号介绍信作废");
        model.put("男", "男".equals(gender));
        model.put("预备", probationary);
        return model;
    }
}
