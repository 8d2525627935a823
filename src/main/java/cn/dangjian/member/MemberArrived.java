package cn.dangjian.member;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A member arrived from outside the platform with a 党员组织关系介绍信 and was taken in on {@code receivedOn}: the
 * record was created from the letter, not as a new recruit. {@code duesPaidUpTo} is the letter's 党费已交到 ({@code
 * null} when it is blank): the receiving organization collects from the month after it.
 */
public record MemberArrived(String actor, long memberId, long orgId, String orgPath, String fromName,
                            LocalDate receivedOn, YearMonth duesPaidUpTo) implements MemberChange {

    @Override
    public String action() {
        return "组织关系转入";
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("转出党组织", null, fromName), new FieldChange("接收日期", null, receivedOn.toString()),
                new FieldChange("党费已交到", null, duesPaidUpTo == null ? "" : duesPaidUpTo.toString()));
    }
}
