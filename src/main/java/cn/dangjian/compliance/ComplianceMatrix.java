package cn.dangjian.compliance;

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

        public int total() {
            return open.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        }
    }
}
