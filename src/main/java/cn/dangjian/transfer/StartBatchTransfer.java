package cn.dangjian.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A 整建制转移 as the sending branch starts it (ZJ-06): which of its members move together, to an organization of
 * the platform ({@link TransferKind#WITHIN}, {@code toOrgId}) or out of it with one letter ({@link TransferKind#OUT},
 * {@code toName}, the addressee and how the letter travels), why, and when.
 */
public record StartBatchTransfer(long fromOrgId, List<Long> memberIds, TransferKind kind, Long toOrgId, String toName,
                                 String addressee, LetterCarrier carrier, String reason, LocalDate on) {

    public StartBatchTransfer {
        memberIds = memberIds == null ? List.of() : memberIds.stream().filter(Objects::nonNull).toList();
    }
}
