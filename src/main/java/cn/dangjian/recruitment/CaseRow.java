package cn.dangjian.recruitment;

import java.time.LocalDate;

import cn.dangjian.shared.Gender;

/**
 * A case in a list: who, where, which stage, the step it waits for, and the nearest deadline with the step it
 * belongs to (overdue when {@code nextDue} is past) — not always the same step: a candidate may wait for the
 * 党委's 预审 while the branch's half-yearly assessment falls due.
 */
public record CaseRow(long id, long orgId, String orgName, String name, Gender gender, Stage stage,
                      RuleVersion ruleVersion, LocalDate appliedOn, StepKind nextStep, LocalDate nextDue,
                      StepKind dueStep, boolean overdue) {

    /** The deadline's step when it is not the step waited for, to be named beside the date. */
    public StepKind otherDueStep() {
        return dueStep != null && dueStep != nextStep ? dueStep : null;
    }
}
