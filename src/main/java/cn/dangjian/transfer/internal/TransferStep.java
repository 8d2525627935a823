package cn.dangjian.transfer.internal;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** One approval on a transfer's route: the organization whose turn it is, and when and by whom it agreed. */
@Table("transfer_step")
public record TransferStep(long orgId, LocalDate decidedOn, String decidedBy) {

    static TransferStep waitingFor(long orgId) {
        return new TransferStep(orgId, null, null);
    }

    TransferStep approved(LocalDate on, String actor) {
        return new TransferStep(orgId, on, actor);
    }
}
