package cn.dangjian.life.schedule;

import java.time.Month;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import cn.dangjian.life.MeetingType;

/**
 * The meeting rules in force and the 补录 allowance. {@link #defaults()} follows the catalogue; a unit with its
 * own rules passes a copy changed with {@link #withFrequency} or {@link #withLateEntryDays}. The 党课 frequency
 * (ZB-12, tagged S/U) and the 补录 allowance are local parameters, never national constants.
 */
public record ScheduleParameters(List<ScheduleRule> rules, int lateEntryDays) {

    /** Default 补录 allowance: a meeting recorded more than this many days after it took place is late. */
    public static final int DEFAULT_LATE_ENTRY_DAYS = 7;

    private static final String BRANCH_REGULATION = "《中国共产党支部工作条例（试行）》";
    private static final String EDUCATION_REGULATION = "《中国共产党党员教育管理工作条例》";

    public ScheduleParameters {
        if (lateEntryDays < 0) {
            throw new IllegalArgumentException("lateEntryDays must not be negative: " + lateEntryDays);
        }
        rules = rules.stream().sorted(Comparator.comparing(ScheduleRule::type)).toList();
        if (rules.stream().map(ScheduleRule::type).distinct().count() != rules.size()) {
            throw new IllegalArgumentException("one rule per meeting type: " + rules);
        }
    }

    /** The catalogue's rules: ZB-08, ZB-09 (with ZB-17), ZB-10, ZB-12 (local, quarterly), JY-02 and ZB-14. */
    public static ScheduleParameters defaults() {
        return new ScheduleParameters(List.of(
                ScheduleRule.of(MeetingType.BRANCH_ASSEMBLY, Frequency.QUARTERLY, 1, "ZB-08",
                        BRANCH_REGULATION + "第十一条"),
                ScheduleRule.of(MeetingType.COMMITTEE_MEETING, Frequency.MONTHLY, 1, "ZB-09",
                        BRANCH_REGULATION + "第十二条").needingCommittee(),
                ScheduleRule.of(MeetingType.GROUP_MEETING, Frequency.MONTHLY, 1, "ZB-10",
                        BRANCH_REGULATION + "第十三条").duePerPartyGroup(),
                ScheduleRule.of(MeetingType.PARTY_LESSON, Frequency.QUARTERLY, 1, "ZB-12",
                        BRANCH_REGULATION + "第十六条").asLocalParameter(),
                ScheduleRule.of(MeetingType.THEME_DAY, Frequency.MONTHLY, 1, "JY-02",
                        EDUCATION_REGULATION + "第十六条"),
                ScheduleRule.of(MeetingType.ORG_LIFE_MEETING, Frequency.YEARLY, 1, "ZB-14",
                        BRANCH_REGULATION + "第十七条").customarilyFrom(Month.OCTOBER)),
                DEFAULT_LATE_ENTRY_DAYS);
    }

    /** The rule for {@code type}, if that meeting is scheduled at all. */
    public Optional<ScheduleRule> rule(MeetingType type) {
        return rules.stream().filter(r -> r.type() == type).findFirst();
    }

    /** These parameters with {@code type} due {@code times} per {@code frequency} period (marked as a local parameter). */
    public ScheduleParameters withFrequency(MeetingType type, Frequency frequency, int times) {
        ScheduleRule rule = rule(type).orElseThrow(() -> new IllegalArgumentException("no rule for " + type));
        return withRule(rule.withFrequency(frequency, times));
    }

    /** These parameters with {@code rule} replacing the rule for its meeting type (or added). */
    public ScheduleParameters withRule(ScheduleRule rule) {
        return new ScheduleParameters(Stream.concat(rules.stream().filter(r -> r.type() != rule.type()),
                Stream.of(rule)).toList(), lateEntryDays);
    }

    public ScheduleParameters withLateEntryDays(int days) {
        return new ScheduleParameters(rules, days);
    }
}
