package cn.dangjian.life;

import java.util.List;

/** A branch's study plan for a year: per month the topic and the form (集中学习, 专题党课, 主题党日 …). */
public record StudyPlan(long orgId, String orgName, int year, List<Month> months) {

    public record Month(int month, String topic, String format) {
    }
}
