package cn.dangjian.transfer;

import java.time.LocalDate;

/** A transfer within the platform as the sending branch starts it: whose, to which organization, why, and when. */
public record StartTransfer(long memberId, Long toOrgId, String reason, LocalDate on) {
}
