package cn.dangjian.life.schedule;

import java.time.LocalDate;

import cn.dangjian.life.MeetingType;

/**
 * One meeting due in one period (for a 党小组会: in one party group, else {@code partyGroupId} is {@code null}):
 * how many were required and held, the state, the deadline (the period's last day), the rule cited and the
 * sentence a secretary reads.
 */
public record ScheduleItem(MeetingType type, Long partyGroupId, Period period, int required, int held,
                           ItemState state, LocalDate deadline, String ruleId, String article, String message) {
}
