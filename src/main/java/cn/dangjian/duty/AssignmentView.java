package cn.dangjian.duty;

import java.time.LocalDate;
import java.util.List;

/**
 * One assignee's part as the task's page shows it. For an assignee looking at a co-assignee's part only the
 * organization, whether it leads, its state and deadline are given ({@code detailed} false): the report, the
 * figures and the history are its own and the issuer's.
 */
public record AssignmentView(long id, long taskId, long orgId, String orgName, boolean lead, AssignmentState state,
                             LocalDate deadline, LocalDate extensionUntil, String extensionReason, String reportText,
                             String figures, LocalDate reportedOn, LocalDate closedOn, String closedBy,
                             String closeNote, String returnReason, LocalDate lastRemindedOn, List<Entry> entries,
                             boolean detailed, int version) {

    public AssignmentView {
        entries = List.copyOf(entries);
    }

    /** Not reported by its deadline. */
    public boolean overdueOn(LocalDate today) {
        return state == AssignmentState.IN_PROGRESS && today.isAfter(deadline);
    }

    /** A step of the part's history. */
    public record Entry(AssignmentStep step, LocalDate on, String note, String by) {
    }
}
