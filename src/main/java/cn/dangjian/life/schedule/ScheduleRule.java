package cn.dangjian.life.schedule;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

import cn.dangjian.life.MeetingType;

/**
 * How often one kind of meeting is due, citing its rule in the catalogue ({@code ruleId}, e.g. "ZB-09") and the
 * article. {@code perPartyGroup}: due once per period in every party group (ZB-10). {@code needsCommittee}: due
 * only where a 支委会 exists (ZB-17). {@code customaryFrom}: the month of the period from which the meeting is
 * customarily held (组织生活会 "generally in Q4"); before it the item is not yet due. {@code localParameter}: the
 * frequency is set locally (an S/U rule of the catalogue, or a unit's own override), not by a national rule.
 */
public record ScheduleRule(MeetingType type, Frequency frequency, int timesPerPeriod, String ruleId, String article,
                           boolean perPartyGroup, boolean needsCommittee, Month customaryFrom,
                           boolean localParameter) {

    private static final String[] QUARTERS = {"第一季度", "第二季度", "第三季度", "第四季度"};

    public ScheduleRule {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(article, "article");
        if (timesPerPeriod < 1) {
            throw new IllegalArgumentException("timesPerPeriod must be at least 1: " + timesPerPeriod);
        }
    }

    /** A rule due for the whole organization, without a customary window. */
    public static ScheduleRule of(MeetingType type, Frequency frequency, int timesPerPeriod, String ruleId,
                                  String article) {
        return new ScheduleRule(type, frequency, timesPerPeriod, ruleId, article, false, false, null, false);
    }

    /** This rule due at another frequency; a changed frequency is a local parameter by definition. */
    public ScheduleRule withFrequency(Frequency newFrequency, int newTimesPerPeriod) {
        boolean changed = newFrequency != frequency || newTimesPerPeriod != timesPerPeriod;
        return new ScheduleRule(type, newFrequency, newTimesPerPeriod, ruleId, article, perPartyGroup,
                needsCommittee, customaryFrom, localParameter || changed);
    }

    /** This rule due in every party group separately (ZB-10). */
    public ScheduleRule duePerPartyGroup() {
        return new ScheduleRule(type, frequency, timesPerPeriod, ruleId, article, true, needsCommittee,
                customaryFrom, localParameter);
    }

    /** This rule due only where a 支委会 exists (ZB-17). */
    public ScheduleRule needingCommittee() {
        return new ScheduleRule(type, frequency, timesPerPeriod, ruleId, article, perPartyGroup, true,
                customaryFrom, localParameter);
    }

    /** This rule not yet due before {@code month} of the period (组织生活会: October, "generally in Q4"). */
    public ScheduleRule customarilyFrom(Month month) {
        return new ScheduleRule(type, frequency, timesPerPeriod, ruleId, article, perPartyGroup, needsCommittee,
                month, localParameter);
    }

    /** This rule marked as set locally, so every citation says "地方参数". */
    public ScheduleRule asLocalParameter() {
        return new ScheduleRule(type, frequency, timesPerPeriod, ruleId, article, perPartyGroup, needsCommittee,
                customaryFrom, true);
    }

    /** The first day on which the meeting is due in {@code period}: the customary month if it lies inside, else the start. */
    public LocalDate dueFrom(Period period) {
        if (customaryFrom != null) {
            LocalDate customary = LocalDate.of(period.start().getYear(), customaryFrom, 1);
            if (period.contains(customary)) {
                return customary;
            }
        }
        return period.start();
    }

    /** "ZB-08，《中国共产党支部工作条例（试行）》第十一条" (with "，地方参数" for a locally set frequency). */
    public String citation() {
        return ruleId + "，" + article + (localParameter ? "，地方参数" : "");
    }

    /** "支部党员大会：每季度1次（ZB-08，…第十一条）", as shown beside the plan. */
    public String description() {
        StringBuilder text = new StringBuilder(type.label()).append("：");
        if (perPartyGroup) {
            text.append("每个党小组");
        }
        text.append(frequency.label()).append(timesPerPeriod).append("次");
        if (customaryFrom != null) {
            text.append("，一般在").append(customaryWindow()).append("召开");
        }
        if (needsCommittee) {
            text.append("，设支委会的支部");
        }
        return text.append("（").append(citation()).append("）").toString();
    }

    /** "第四季度" for a quarter's first month, otherwise "10月以后". */
    String customaryWindow() {
        if (customaryFrom == null) {
            return "";
        }
        return customaryFrom.firstMonthOfQuarter() == customaryFrom
                ? QUARTERS[(customaryFrom.getValue() - 1) / 3]
                : customaryFrom.getValue() + "月以后";
    }
}
