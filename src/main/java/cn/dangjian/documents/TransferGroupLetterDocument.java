package cn.dangjian.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.dangjian.shared.ChineseNumerals;

/**
 * The one 党员组织关系介绍信 of a 整建制转移 (ZJ-06: one letter plus a name list for a whole unit): 存根, 介绍信 and
 * 回执 name the first member "等N名同志" with the count of 正式 and 预备 members, in characters like 有效期 (ZJ-03), and
 * the name list that follows gives each member's particulars and 党费已交到. {@link #toModel()} fills
 * {@link DocumentTemplate#TRANSFER_GROUP_LETTER}.
 *
 * @param members the name list, in the order printed; the first is named on the letter
 * @see TransferLetterDocument the letter of one member, whose fields these are
 */
public record TransferGroupLetterDocument(String letterNo, List<Member> members, String fromName, String toName,
                                          String addressee, int validityDays, LocalDate issuedOn,
                                          String receiptAddressee, LocalDate receiptReturnedOn,
                                          String voidedLetterNo) {

    public TransferGroupLetterDocument {
        Objects.requireNonNull(letterNo, "letterNo");
        Objects.requireNonNull(fromName, "fromName");
        Objects.requireNonNull(toName, "toName");
        Objects.requireNonNull(issuedOn, "issuedOn");
        members = List.copyOf(members);
        if (members.size() < 2) {
            throw new IllegalArgumentException("a group letter names at least two members");
        }
        if (validityDays < 1) {
            throw new IllegalArgumentException("validityDays: " + validityDays);
        }
    }

    /** One member on the name list; {@code duesPaidUpTo} {@code null} leaves the month blank. */
    public record Member(String name, String gender, int age, String ethnicity, boolean probationary,
                         String citizenId, YearMonth duesPaidUpTo) {
    }

    /** The placeholder values for {@link DocumentTemplate#TRANSFER_GROUP_LETTER}. */
    public Map<String, Object> toModel() {
        long probationary = members.stream().filter(Member::probationary).count();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("编号", letterNo);
        model.put("姓名", members.get(0).name());
        model.put("人数", ChineseNumerals.number(members.size()));
        model.put("党员构成", probationary == 0 ? "均为正式党员" : probationary == members.size() ? "均为预备党员"
                : "正式党员" + ChineseNumerals.number((int) (members.size() - probationary)) + "名、预备党员"
                + ChineseNumerals.number((int) probationary) + "名");
        model.put("转出党组织", fromName);
        model.put("转往党组织", toName);
        model.put("抬头", addressee == null || addressee.isBlank() ? toName : addressee);
        model.put("有效期", ChineseNumerals.days(validityDays));
        model.put("开具日期", DocumentText.date(issuedOn));
        model.put("回执抬头", DocumentText.orEmpty(receiptAddressee));
        model.put("回执情况", receiptReturnedOn == null ? "" : "回执已于" + DocumentText.date(receiptReturnedOn) + "收回");
        model.put("补开说明", voidedLetterNo == null || voidedLetterNo.isBlank() ? ""
                : "补开，原第" + voidedLetterNo + "号介绍信作废");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("序号", String.valueOf(i + 1));
            row.put("姓名", m.name());
            row.put("性别", DocumentText.orEmpty(m.gender()));
            row.put("年龄", String.valueOf(m.age()));
            row.put("民族", DocumentText.orEmpty(m.ethnicity()));
            row.put("党员类别", m.probationary() ? "预备" : "正式");
            row.put("身份证号", DocumentText.orEmpty(m.citizenId()));
            row.put("党费已交到", m.duesPaidUpTo() == null ? "" : ChineseNumerals.yearMonth(m.duesPaidUpTo()));
            rows.add(row);
        }
        model.put("名单", rows);
        return model;
    }
}
