package cn.dangjian.duty;

import java.time.LocalDate;
import java.util.List;

/**
 * What the compliance rules read about one organization's supervised tasks: the parts it carries that are not
 * reported yet, with their deadlines and any extension asked for; and, for an issuer, the parts whose report or
 * extension request waits for its decision.
 */
public record DutyFacts(List<OpenPart> assigned, List<AwaitingDecision> toDecide) {

    public DutyFacts {
        assigned = List.copyOf(assigned);
        toDecide = List.copyOf(toDecide);
    }

    /** A part being done by this organization: assigned on {@code since}, due by {@code deadline}. */
    public record OpenPart(long assignmentId, long taskId, String number, String title, String issuerName,
                           LocalDate since, LocalDate deadline, LocalDate extensionUntil, LocalDate lastRemindedOn) {
    }

    /**
     * A part of a task this organization issued that waits for it since {@code since}: a report to review and close
     * or return ({@code report} true), or an extension request to grant or refuse.
     */
    public record AwaitingDecision(long assignmentId, long taskId, String number, String title, String orgName,
                                   boolean report, LocalDate since) {
    }
}
