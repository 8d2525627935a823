package cn.dangjian.duty.internal;

import java.time.LocalDate;

import cn.dangjian.duty.AssignmentStep;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One step of a part's history: what, on which day, the note given with it, and who. */
@Table("duty_assignment_entry")
public record AssignmentEntry(String kind, @Column("on_date") LocalDate on, String note,
                              @Column("by_user") String by) {

    public AssignmentStep step() {
        return AssignmentStep.valueOf(kind);
    }
}
