package cn.dangjian.compliance;

/**
 * Filters of the findings list: the subtree of {@code orgId} (or only the organization itself with
 * {@code ownOnly}), a category, a severity, a catalogue rule id, and whether closed findings are included.
 */
public record FindingQuery(Long orgId, boolean ownOnly, RuleCategory category, Severity severity, String ruleId,
                           boolean includeResolved) {

    public static FindingQuery openIn(long orgId) {
        return new FindingQuery(orgId, false, null, null, null, false);
    }
}
