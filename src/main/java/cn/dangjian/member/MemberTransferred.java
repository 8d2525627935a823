package cn.dangjian.member;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's organizational relationship moved to another organization of the platform by a completed 组织关系转接
 * (JY-09): the receiving organization took the member in on {@code receivedOn}. Other modules move what follows
 * the member — an open 发展党员 case (FZ-25), the dues still owed — inside the same transaction.
 *
 * @param orgId     the receiving organization, which holds the member from now on
 * @param fromOrgId the sending organization
 */
public record MemberTransferred(String actor, long memberId, long orgId, String orgPath, long fromOrgId,
                                String fromOrgName, String toOrgName, LocalDate receivedOn, long transferId)
        implements MemberChange {

    @Override
    public String action() {
        return "组织关系转接";
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("所在党组织", fromOrgName, toOrgName),
                new FieldChange("接收日期", null, receivedOn.toString()),
                new FieldChange("转接编号", null, String.valueOf(transferId)));
    }
}
