package cn.dangjian.compliance;

import java.time.LocalDate;

/**
 * One finding as other modules read it to show what the records say about a duty or an indicator: which rule, how
 * pressing it is (or was when it closed), when it opened and closed, and whether it closed because its period ran
 * out unremedied ({@code lapsed}) rather than because the record was made.
 */
public record FindingTrace(long orgId, String ruleCode, String ruleId, RuleCategory category, Severity severity,
                           String message, LocalDate deadline, LocalDate openedOn, LocalDate resolvedOn,
                           boolean lapsed) {

    public boolean open() {
        return resolvedOn == null;
    }

    /**
     * Open past its deadline or against the rules, or closed unremedied when its period ran out. Whether one closed
     * by its record while overdue was a miss depends on the rule ({@link #closedLate()}): a period's meeting closes
     * its finding only when a meeting inside the period is recorded, however late it is typed in (the life module
     * marks that 补录), whereas a term renewed or dues handed up after the deadline were late.
     */
    public boolean missed() {
        return lapsed || open() && pastDue();
    }

    /** Closed by its record while it stood overdue or against the rules: done, but late. */
    public boolean closedLate() {
        return !open() && !lapsed && pastDue();
    }

    private boolean pastDue() {
        return severity == Severity.OVERDUE || severity == Severity.VIOLATION;
    }
}
