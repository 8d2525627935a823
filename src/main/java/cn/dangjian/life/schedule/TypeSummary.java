package cn.dangjian.life.schedule;

import java.util.List;

import cn.dangjian.life.MeetingType;

/**
 * One meeting type over the year, for the overview page: meetings held (all party groups together), the number
 * of required items and how many are done, due or overdue, and the overdue periods.
 */
public record TypeSummary(MeetingType type, int held, int requiredItems, int doneItems, int dueItems,
                          int overdueItems, List<Period> overduePeriods, String message) {

    public TypeSummary {
        overduePeriods = List.copyOf(overduePeriods);
    }
}
