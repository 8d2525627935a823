package cn.dangjian.transfer;

import java.time.LocalDate;

/**
 * A transfer as its pages and API show it: who moves from where to where and why, where it stands, whose approval
 * it waits for, which organization is responsible for the member now (ZJ-04), the 介绍信 of a transfer out of the
 * platform ({@code null} otherwise), the 整建制转移 it belongs to (its lead transfer's id and how many move in it; none
 * and 1 for a member moving alone), and the version to send back.
 */
public record TransferView(long id, TransferKind kind, TransferState state, long memberId, String memberName,
                           long fromOrgId, String fromOrgName, Long toOrgId, String toOrgName, String reason,
                           LocalDate startedOn, LocalDate sentOn, LocalDate receivedOn, String returnReason,
                           Long waitingForOrgId, String waitingForOrgName, long responsibleOrgId, int submissions,
                           LetterView letter, Long batchId, int batchSize, int version) {

    /** Whether the member moves with others in a 整建制转移, every step taken on all of them. */
    public boolean inBatch() {
        return batchSize > 1;
    }
}
