package cn.dangjian.compliance.facts;

import java.util.List;

import cn.dangjian.life.schedule.Schedule;

/**
 * A branch's meeting plans as they stand today — this year's and, in the first quarter, last year's — with what is
 * done, due and overdue (ZB-08..ZB-14, JY-02). Last year's is kept then so that a meeting missed in December does
 * not vanish on 1 January.
 */
public record ScheduleFacts(List<Schedule> schedules) {

    public ScheduleFacts {
        schedules = List.copyOf(schedules);
    }
}
