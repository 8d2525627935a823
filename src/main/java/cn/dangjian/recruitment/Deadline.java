package cn.dangjian.recruitment;

import java.time.LocalDate;

/**
 * What a case waits for next and by when: the step, the rule that sets the window, the day it is due and, where
 * the rule has one, the day beyond which it may not go (FZ-19: never beyond 6 months).
 */
public record Deadline(StepKind step, String ruleId, LocalDate dueOn, LocalDate hardLimit, String message) {

    public boolean overdue(LocalDate today) {
        return today.isAfter(dueOn);
    }
}
