package cn.dangjian.life;

import java.util.List;
import java.util.Map;

/**
 * What the higher organization sees for its subtree in one year: per branch, the meetings held by type and
 * month, the late entries (补录) and the votes without quorum — all counted from the records.
 */
public record MeetingOverview(long orgId, String orgName, int year, List<BranchRow> branches) {

    /** One branch's year: {@code held[type][month-1]}, plus totals. */
    public record BranchRow(long orgId, String name, Map<MeetingType, int[]> held, int lateEntries,
                            int quorumFailures) {

        public int total(MeetingType type) {
            int[] months = held.get(type);
            return months == null ? 0 : java.util.Arrays.stream(months).sum();
        }

        public int in(MeetingType type, int month) {
            int[] months = held.get(type);
            return months == null ? 0 : months[month - 1];
        }

        /** Months of the year (up to {@code lastMonth}) in which no meeting of this type was held. */
        public int monthsWithout(MeetingType type, int lastMonth) {
            int count = 0;
            for (int m = 1; m <= lastMonth; m++) {
                if (in(type, m) == 0) {
                    count++;
                }
            }
            return count;
        }
    }
}
