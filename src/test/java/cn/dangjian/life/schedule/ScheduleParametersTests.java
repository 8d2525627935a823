package cn.dangjian.life.schedule;

import java.util.List;

import cn.dangjian.life.MeetingType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue's defaults, visible as the plan page shows them, and a unit's overrides. */
class ScheduleParametersTests {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            BRANCH_ASSEMBLY   | QUARTERLY | ZB-08 | false | 支部党员大会：每季度1次（ZB-08，《中国共产党支部工作条例（试行）》第十一条）
            COMMITTEE_MEETING | MONTHLY   | ZB-09 | false | 支委会：每月1次，设支委会的支部（ZB-09，《中国共产党支部工作条例（试行）》第十二条）
            GROUP_MEETING     | MONTHLY   | ZB-10 | false | 党小组会：每个党小组每月1次（ZB-10，《中国共产党支部工作条例（试行）》第十三条）
            PARTY_LESSON      | QUARTERLY | ZB-12 | true  | 党课：每季度1次（ZB-12，《中国共产党支部工作条例（试行）》第十六条，地方参数）
            THEME_DAY         | MONTHLY   | JY-02 | false | 主题党日：每月1次（JY-02，《中国共产党党员教育管理工作条例》第十六条）
            ORG_LIFE_MEETING  | YEARLY    | ZB-14 | false | 组织生活会：每年1次，一般在第四季度召开（ZB-14，《中国共产党支部工作条例（试行）》第十七条）
            """)
    void theDefaultsFollowTheCatalogue(MeetingType type, Frequency frequency, String ruleId, boolean local,
                                       String description) {
        ScheduleRule rule = ScheduleParameters.defaults().rule(type).orElseThrow();
        assertThat(rule.frequency()).isEqualTo(frequency);
        assertThat(rule.timesPerPeriod()).isEqualTo(1);
        assertThat(rule.ruleId()).isEqualTo(ruleId);
        assertThat(rule.localParameter()).isEqualTo(local);
        assertThat(rule.description()).isEqualTo(description);
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}×{2}")
    @CsvSource(delimiter = '|', textBlock = """
            BRANCH_ASSEMBLY | MONTHLY     | 1 | 支部党员大会：每月1次（ZB-08，《中国共产党支部工作条例（试行）》第十一条，地方参数）
            PARTY_LESSON    | HALF_YEARLY | 1 | 党课：每半年1次（ZB-12，《中国共产党支部工作条例（试行）》第十六条，地方参数）
            THEME_DAY       | MONTHLY     | 1 | 主题党日：每月1次（JY-02，《中国共产党党员教育管理工作条例》第十六条）
            GROUP_MEETING   | QUARTERLY   | 2 | 党小组会：每个党小组每季度2次（ZB-10，《中国共产党支部工作条例（试行）》第十三条，地方参数）
            """)
    void aUnitMayOverrideAnyRuleWhichThenReadsAsLocal(MeetingType type, Frequency frequency, int times,
                                                     String description) {
        ScheduleParameters defaults = ScheduleParameters.defaults();
        ScheduleParameters local = defaults.withFrequency(type, frequency, times);
        assertThat(local.rule(type).orElseThrow().description()).isEqualTo(description);
        assertThat(local.rules()).hasSameSizeAs(defaults.rules());
        assertThat(defaults).isEqualTo(ScheduleParameters.defaults());
    }

    @Test
    void theLateEntryAllowanceIsAParameter() {
        assertThat(ScheduleParameters.defaults().lateEntryDays()).isEqualTo(7);
        assertThat(ScheduleParameters.defaults().withLateEntryDays(10).lateEntryDays()).isEqualTo(10);
        assertThatThrownBy(() -> ScheduleParameters.defaults().withLateEntryDays(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachMeetingTypeHasOneRule() {
        ScheduleRule rule = ScheduleParameters.defaults().rule(MeetingType.THEME_DAY).orElseThrow();
        assertThatThrownBy(() -> new ScheduleParameters(List.of(rule, rule), 7))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule.withFrequency(Frequency.MONTHLY, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
