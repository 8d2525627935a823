package cn.dangjian.transfer.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import cn.dangjian.transfer.TransferKind;
import cn.dangjian.transfer.TransferState;

/**
 * Whose turn a transfer is at and since when: the approver in turn since the transfer was submitted (the first) or
 * the approval before it was given, or the receiving organization since the transfer was sent to it. A transfer
 * out of the platform waits for no organization of the platform once sent (its letter and 回执 are followed instead).
 */
public record TransferWait(long orgId, boolean approval, LocalDate since) {

    public static Optional<TransferWait> of(Transfer t) {
        if (t.state() == TransferState.APPROVING) {
            // the steps of the current round are decided in turn: the wait began with the latest one decided
            LocalDate since = t.steps().stream().map(TransferStep::decidedOn).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(t.submittedOn());
            return Optional.of(new TransferWait(t.waitingFor(), true, since == null ? t.startedOn() : since));
        }
        if (t.state() == TransferState.SENT && t.kind() == TransferKind.WITHIN) {
            return Optional.of(new TransferWait(t.toOrgId(), false, t.sentOn()));
        }
        return Optional.empty();
    }
}
