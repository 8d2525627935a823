package cn.dangjian.transfer;

import java.time.LocalDate;
import java.util.List;

/**
 * What the compliance rules read about one organization's transfers: the steps waiting for it (an approval, or the
 * acceptance of a member sent to it) with the day each is due under {@code transfer.step-days}, and — for a sending
 * branch — its letters out of the platform whose 回执 has not come back, with the last day each letter could be
 * presented and the day its 回执 is expected by at the latest (see {@link TransferDeadlines}); and — for a receiving
 * branch — the letters from outside the platform whose 回执 it has not sent back yet, with the day it is due; and its
 * members registered as gone away (流动党员), with the day the next contact is due.
 */
public record TransferFacts(List<WaitingStep> waiting, List<UnansweredLetter> letters, List<OwedReceipt> receipts,
                            List<MobileAway> away) {

    public TransferFacts {
        waiting = List.copyOf(waiting);
        letters = List.copyOf(letters);
        receipts = List.copyOf(receipts);
        away = List.copyOf(away);
    }

    /** A step waiting for this organization since {@code since}, due by {@code dueOn} ({@code days} days). */
    public record WaitingStep(long transferId, String memberName, String fromOrgName, boolean approval,
                              LocalDate since, int days, LocalDate dueOn) {

        /** 「审批」 or 「接收」. */
        public String step() {
            return approval ? "审批" : "接收";
        }
    }

    /** A 介绍信 issued by this branch's line whose 回执 is not back. */
    public record UnansweredLetter(long transferId, String memberName, String number, String toName,
                                   LocalDate issuedOn, LocalDate validThrough, LocalDate receiptExpectedBy) {
    }

    /** A letter from outside the platform taken in on {@code receivedOn} whose 回执 is due by {@code dueOn} (ZJ-04). */
    public record OwedReceipt(long letterId, String memberName, String issuer, String letterNo, LocalDate receivedOn,
                              LocalDate dueOn) {
    }

    /**
     * A member of this branch registered as gone to {@code destination} since {@code since} — at a relatively fixed
     * place or not — last contacted on {@code lastContact} ({@code null}: never), the next contact due by
     * {@code contactDue} (ZJ-09).
     */
    public record MobileAway(long entryId, String memberName, String destination, LocalDate since, boolean fixedPlace,
                             LocalDate lastContact, LocalDate contactDue) {
    }
}
