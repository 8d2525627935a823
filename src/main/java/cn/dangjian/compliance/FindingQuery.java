package cn.dangjian.compliance;

import java.time.LocalDate;

/**
 * Filters of the findings list: the subtree of {@code orgId} (or only the organization itself with
 * {@code ownOnly}), a category, a severity, a catalogue rule id, whether closed findings are included, a keyword in
 * what was found, and a range of the due date ({@code dueFrom}..{@code dueTo}, inclusive).
 */
public record FindingQuery(Long orgId, boolean ownOnly, RuleCategory category, Severity severity, String ruleId,
                           boolean includeResolved, String text, LocalDate dueFrom, LocalDate dueTo) {

    public FindingQuery(Long orgId, boolean ownOnly, RuleCategory category, Severity severity, String ruleId,
                        boolean includeResolved) {
        this(orgId, ownOnly, category, severity, ruleId, includeResolved, null, null, null);
    }

    public static FindingQuery openIn(long orgId) {
        return new FindingQuery(orgId, false, null, null, null, false);
    }
}
