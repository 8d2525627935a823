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
     * Open past its deadline or against the rules, or closed unremedied when its period ran out. A finding closed
     * because the record was made is never a miss: its dates say when the data was entered, not when things
     * happened (a unit that starts on the platform in December and enters the year's records would otherwise be late
     * on everything); whether a record came in time is what the rules compute from the records' own dates.
     */
    public boolean missed() {
        return lapsed || open() && (severity == Severity.OVERDUE || severity == Severity.VIOLATION);
    }
}
