package cn.dangjian.life;

import java.util.ArrayList;
import java.util.List;

import cn.dangjian.life.schedule.Frequency;
import cn.dangjian.life.schedule.ScheduleParameters;
import cn.dangjian.life.schedule.ScheduleRule;
import cn.dangjian.parameters.ParameterCatalogue;
import cn.dangjian.parameters.ParameterDefinition;
import cn.dangjian.parameters.ParameterDefinition.Choice;
import cn.dangjian.parameters.ParameterDefinition.Option;
import cn.dangjian.parameters.ParameterDefinition.Whole;
import cn.dangjian.parameters.ParameterValues;
import org.springframework.stereotype.Component;

/**
 * Organizational life's parameters: how often each meeting is due and the 补录 window. A frequency the
 * catalogue marks S/U (the 党课, ZB-12) may be set freely; a national (V) frequency may only be made stricter
 * locally, so its options stop at the catalogue's number of meetings a year.
 */
@Component
class LifeParameters implements ParameterCatalogue {

    static final String LATE_ENTRY_DAYS = "meetings.late-entry-days";

    /** The frequencies offered, as stored value → label; the value is {@code FREQUENCY:times}. */
    private static final List<Option> FREQUENCIES = List.of(option(Frequency.MONTHLY, 2), option(Frequency.MONTHLY, 1),
            option(Frequency.QUARTERLY, 2), option(Frequency.QUARTERLY, 1), option(Frequency.HALF_YEARLY, 1),
            option(Frequency.YEARLY, 2), option(Frequency.YEARLY, 1));

    private final ScheduleParameters defaults = ScheduleParameters.defaults();

    @Override
    public List<ParameterDefinition> parameters() {
        List<ParameterDefinition> list = new ArrayList<>();
        for (ScheduleRule rule : defaults.rules()) {
            int floor = perYear(rule.frequency(), rule.timesPerPeriod());
            List<Option> options = rule.localParameter() ? FREQUENCIES
                    : FREQUENCIES.stream().filter(o -> perYear(o.value()) >= floor).toList();
            String note = rule.localParameter() ? null
                    : "全国性规定，本地只能从严，不能少于" + rule.frequency().label() + rule.timesPerPeriod() + "次";
            list.add(new ParameterDefinition(frequencyKey(rule.type()), rule.ruleId(), rule.article(),
                    rule.type().label() + "召开频次", rule.description(),
                    value(rule.frequency(), rule.timesPerPeriod()), new Choice(options, note)));
        }
        list.add(new ParameterDefinition(LATE_ENTRY_DAYS, null, null, "补录期限",
                "会议召开后超过该天数才登记的，标记为“补录”，保留召开日期和登记日期，上级组织可见；不禁止补录。",
                String.valueOf(ScheduleParameters.DEFAULT_LATE_ENTRY_DAYS), new Whole(1, 90, "天")));
        return list;
    }

    /** The schedule rules and 补录 window in force, from the resolved values. */
    ScheduleParameters schedule(ParameterValues values) {
        ScheduleParameters parameters = defaults.withLateEntryDays(values.whole(LATE_ENTRY_DAYS));
        for (ScheduleRule rule : defaults.rules()) {
            String[] value = values.get(frequencyKey(rule.type())).split(":");
            Frequency frequency = Frequency.valueOf(value[0]);
            int times = Integer.parseInt(value[1]);
            if (frequency != rule.frequency() || times != rule.timesPerPeriod()) {
                parameters = parameters.withFrequency(rule.type(), frequency, times);
            }
        }
        return parameters;
    }

    static String frequencyKey(MeetingType type) {
        return "meetings." + type.name() + ".frequency";
    }

    private static Option option(Frequency frequency, int times) {
        return new Option(value(frequency, times), frequency.label() + times + "次");
    }

    private static String value(Frequency frequency, int times) {
        return frequency.name() + ":" + times;
    }

    private static int perYear(String value) {
        String[] parts = value.split(":");
        return perYear(Frequency.valueOf(parts[0]), Integer.parseInt(parts[1]));
    }

    private static int perYear(Frequency frequency, int times) {
        return 12 / frequency.months() * times;
    }
}
