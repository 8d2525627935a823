package cn.dangjian.responsibility;

import java.util.List;
import java.util.Map;

/**
 * How the duties of a list stand down the tree from one organization: per organization of its subtree bound by the
 * list, the number of duties in each status — from the records, with no ranking — most overdue first.
 */
public record ListOverview(ListView list, long orgId, String orgName, List<Row> rows) {

    public record Row(long orgId, String name, DutyLevel level, Map<DutyStatus, Integer> counts) {

        public int count(DutyStatus status) {
            return counts.getOrDefault(status, 0);
        }
    }
}
