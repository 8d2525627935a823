package cn.dangjian.transfer;

import java.time.LocalDate;
import java.util.List;

/**
 * An entry of the 流动党员 register as pages and the API show it: who and which side registered them, the branch
 * holding the relationship (or, flowing in, attending), where and why they went, the inflow organization, the
 * contacts newest first with the day the next one is due (6 months after the last, or after leaving), and the end.
 */
public record MobileMemberView(long id, MobileDirection direction, Long memberId, String name, String phone,
                               long orgId, String orgName, LocalDate since, String destination, String reason,
                               boolean fixedPlace, Long inflowOrgId, String inflowOrgName, String otherOrgName,
                               List<Contact> contacts, LocalDate nextContactDue, LocalDate endedOn, String endReason,
                               int version) {

    public boolean open() {
        return endedOn == null;
    }

    /** One contact as recorded. */
    public record Contact(LocalDate contactedOn, String means, boolean attendedElsewhere, String note,
                          String recordedBy) {
    }
}
