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
     * because the record was made is not a miss, however late the record was typed in: the record carries its own
     * date (a meeting held in March and entered in May was held in March; the life module marks it 补录).
     */
    public boolean missed() {
        return lapsed || open() && (severity == Severity.OVERDUE || severity == Severity.VIOLATION);
    }
}
