package cn.dangjian.life;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A subtree's meetings in one period (a quarter, or the year when {@code quarter} is 0), counted from the records:
 * the total, and one row per direct sub-organization with its whole subtree rolled up — the level-by-level view
 * from which the 工委 drills down to a branch.
 */
public record MeetingRollup(long orgId, String orgName, int year, int quarter, LocalDate from, LocalDate to,
                            Row total, List<Row> children) {

    public MeetingRollup {
        children = List.copyOf(children);
    }

    /** 2026年第四季度, or 2026年 for the whole year. */
    public String periodLabel() {
        return year + "年" + (quarter == 0 ? "" : "第" + "一二三四".charAt(quarter - 1) + "季度");
    }

    /** One organization's subtree: meetings held by type, 补录 and votes without quorum. */
    public record Row(long orgId, String name, String typeLabel, boolean branch, Map<MeetingType, Integer> held,
                      int lateEntries, int quorumFailures) {

        public Row {
            held = Map.copyOf(held);
        }

        public int held(MeetingType type) {
            return held.getOrDefault(type, 0);
        }

        public int total() {
            return held.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
