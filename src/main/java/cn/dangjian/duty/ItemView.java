package cn.dangjian.duty;

import java.time.LocalDate;

/** One rectification item as the 整改台账 lists it: the problem, measures, deadline, who, and how it stands. */
public record ItemView(long id, int position, String problem, String measures, LocalDate deadline, String owner,
                       String leader, boolean immediate, ItemState state, LocalDate doneOn, String doneNote,
                       LocalDate closedOn, String closedBy, String closeNote, String returnReason, int version) {

    /** Not fixed by its deadline. */
    public boolean overdueOn(LocalDate today) {
        return state == ItemState.OPEN && today.isAfter(deadline);
    }
}
