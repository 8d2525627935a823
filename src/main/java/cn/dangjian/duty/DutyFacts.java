package cn.dangjian.duty;

import java.time.LocalDate;
import java.util.List;

/**
 * What the compliance rules read about one organization's supervised tasks: the parts it carries that are not
 * reported yet, with their deadlines and any extension asked for; for an issuer, the parts whose report or
 * extension request waits for its decision; and its rectification items not fixed yet and inspection reports not
 * sent.
 */
public record DutyFacts(List<OpenPart> assigned, List<AwaitingDecision> toDecide, List<OpenItem> items,
                        List<DueReports> reports) {

    public DutyFacts {
        assigned = List.copyOf(assigned);
        toDecide = List.copyOf(toDecide);
        items = List.copyOf(items);
        reports = List.copyOf(reports);
    }

    /** Supervised tasks only. */
    public DutyFacts(List<OpenPart> assigned, List<AwaitingDecision> toDecide) {
        this(assigned, toDecide, List.of(), List.of());
    }

    /** A rectification item of this organization not fixed yet, due by {@code deadline} (ZG-03). */
    public record OpenItem(long itemId, long inspectionId, String inspection, int position, String problem,
                           String owner, LocalDate deadline) {
    }

    /**
     * An inspection of this organization whose 整改情况报告 or 主要负责人组织落实情况报告 (or both) is not sent yet,
     * both due by {@code dueOn} (ZG-01).
     */
    public record DueReports(long inspectionId, String inspection, LocalDate feedbackOn, LocalDate dueOn,
                             boolean rectificationReportSent, boolean leaderReportSent) {
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
