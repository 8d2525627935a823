package cn.dangjian.compliance.facts;

import cn.dangjian.life.schedule.Schedule;

/** A branch's meeting plan for the current year as it stands today: what is done, due and overdue (ZB-08..ZB-14, JY-02). */
public record ScheduleFacts(Schedule schedule) {
}
