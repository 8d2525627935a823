package cn.dangjian.compliance.facts;

import java.util.List;

import cn.dangjian.life.schedule.Schedule;

/**
 * A branch's meeting plans as they stand today — last year's and this year's — with what is done, due and overdue
 * (ZB-08..ZB-14, JY-02). Last year's is kept so that a meeting missed in December stays visible through the next
 * year instead of vanishing on 1 January.
 */
public record ScheduleFacts(List<Schedule> schedules) {

    public ScheduleFacts {
        schedules = List.copyOf(schedules);
    }
}
