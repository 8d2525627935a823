package cn.dangjian.compliance;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The 工委's matrix for one organization: its whole subtree and each direct sub-organization's subtree ×
 * rule categories, with the open findings counted per severity — counted from the findings, rolled up the tree.
 */
public record ComplianceMatrix(Row total, List<Row> children) {

    public ComplianceMatrix {
        children = List.copyOf(children);
    }

    /**
     * The same matrix with the rows that need attention first (most 不符合规定 and 已逾期 items, then most open
     * items; {@code byName}: in tree order), and with {@code pressingOnly} only the rows that have such items.
     */
    public ComplianceMatrix arranged(boolean byName, boolean pressingOnly) {
        Comparator<Row> worstFirst = Comparator.comparingInt(Row::pressing).thenComparingInt(Row::total).reversed();
        return new ComplianceMatrix(total, children.stream()
                .filter(r -> !pressingOnly || r.pressing() > 0)
                .sorted(byName ? (a, b) -> 0 : worstFirst)
                .toList());
    }

    /** One organization's subtree: open findings per category and severity. */
    public record Row(long orgId, String name, String typeLabel, Map<RuleCategory, Map<Severity, Integer>> open) {

        public Row {
            open = Map.copyOf(open);
        }

        public int count(RuleCategory category) {
            return open.getOrDefault(category, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        }

        public int count(RuleCategory category, Severity severity) {
            return open.getOrDefault(category, Map.of()).getOrDefault(severity, 0);
        }

        /** The most pressing severity open in the category, or {@code null} when there is none. */
        public Severity worst(RuleCategory category) {
            for (Severity s : Severity.values()) {
                if (count(category, s) > 0) {
                    return s;
                }
            }
            return null;
        }

        /** Items that are 不符合规定 or 已逾期, in all categories: what is already wrong, not merely due. */
        public int pressing() {
            return open.values().stream().mapToInt(m -> m.getOrDefault(Severity.VIOLATION, 0)
                    + m.getOrDefault(Severity.OVERDUE, 0)).sum();
        }

        public int total() {
            return open.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        }
    }
}
