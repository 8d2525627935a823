package cn.dangjian.life.schedule;

import java.time.LocalDate;

import cn.dangjian.life.MeetingType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.life.MeetingType.BRANCH_ASSEMBLY;
import static cn.dangjian.life.MeetingType.THEME_DAY;
import static cn.dangjian.life.schedule.ScheduleFixtures.GROUP_1;
import static cn.dangjian.life.schedule.ScheduleFixtures.branch;
import static cn.dangjian.life.schedule.ScheduleFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

/** The sentences a secretary reads on the plan page and the per-type summaries of the overview, citing rule and article. */
class ScheduleMessagesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

    private static Schedule schedule() {
        return branch().group(GROUP_1)
                .held(BRANCH_ASSEMBLY, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 8, 1))
                .held(THEME_DAY, LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 30))
                .held(MeetingType.PARTY_LESSON, LocalDate.of(2026, 9, 30))
                .evaluate(2026, TODAY);
    }

    @ParameterizedTest(name = "[{index}] {0} {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            BRANCH_ASSEMBLY   | -  | 2026年第一季度 | 2026年第一季度支部党员大会已召开2次
            BRANCH_ASSEMBLY   | -  | 2026年第二季度 | 2026年第二季度支部党员大会逾期未召开（ZB-08，《中国共产党支部工作条例（试行）》第十一条，截止 2026-06-30）
            BRANCH_ASSEMBLY   | -  | 2026年第四季度 | 2026年第四季度支部党员大会尚未召开（ZB-08，《中国共产党支部工作条例（试行）》第十一条，截止 2026-12-31）
            COMMITTEE_MEETING | -  | 2026年9月      | 2026年9月支委会逾期未召开（ZB-09，《中国共产党支部工作条例（试行）》第十二条，截止 2026-09-30）
            GROUP_MEETING     | 11 | 2026年9月      | 2026年9月第一党小组党小组会逾期未召开（ZB-10，《中国共产党支部工作条例（试行）》第十三条，截止 2026-09-30）
            PARTY_LESSON      | -  | 2026年第三季度 | 2026年第三季度党课已召开1次
            PARTY_LESSON      | -  | 2026年第四季度 | 2026年第四季度党课尚未召开（ZB-12，《中国共产党支部工作条例（试行）》第十六条，地方参数，截止 2026-12-31）
            THEME_DAY         | -  | 2026年10月     | 2026年10月主题党日已召开1次
            THEME_DAY         | -  | 2026年9月      | 2026年9月主题党日逾期未召开（JY-02，《中国共产党党员教育管理工作条例》第十六条，截止 2026-09-30）
            THEME_DAY         | -  | 2026年11月     | 2026年11月主题党日未到期（JY-02，《中国共产党党员教育管理工作条例》第十六条，截止 2026-11-30）
            ORG_LIFE_MEETING  | -  | 2026年         | 2026年组织生活会尚未召开（ZB-14，《中国共产党支部工作条例（试行）》第十七条，截止 2026-12-31）
            """)
    void eachItemSaysWhatIsOwedAndWhy(MeetingType type, Long groupId, String period, String message) {
        assertThat(item(schedule(), type, groupId, period).message()).isEqualTo(message);
    }

    @ParameterizedTest(name = "[{index}] today {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-06-01 | 2026年组织生活会未到期，一般在第四季度召开（ZB-14，《中国共产党支部工作条例（试行）》第十七条，截止 2026-12-31）
            2025-11-01 | 2026年组织生活会未到期（ZB-14，《中国共产党支部工作条例（试行）》第十七条，截止 2026-12-31）
            2027-01-01 | 2026年组织生活会逾期未召开（ZB-14，《中国共产党支部工作条例（试行）》第十七条，截止 2026-12-31）
            """)
    void theOrgLifeMeetingExplainsWhyItIsNotYetDue(LocalDate today, String message) {
        assertThat(item(branch().evaluate(2026, today), MeetingType.ORG_LIFE_MEETING, "2026年").message())
                .isEqualTo(message);
    }

    @ParameterizedTest(name = "[{index}] {0} of {1} held → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 2026-07-15 | 2026年第三季度支部党员大会已召开1次，还需召开1次（ZB-08，《中国共产党支部工作条例（试行）》第十一条，地方参数，截止 2026-09-30）
            1 | 2026-10-01 | 2026年第三季度支部党员大会仅召开1次，应召开2次，已逾期（ZB-08，《中国共产党支部工作条例（试行）》第十一条，地方参数，截止 2026-09-30）
            2 | 2026-10-01 | 2026年第三季度支部党员大会已召开2次
            """)
    void aLocalRuleAskingForMoreSaysHowManyAreStillOwed(int held, LocalDate today, String message) {
        ScheduleParameters twice = ScheduleParameters.defaults().withFrequency(BRANCH_ASSEMBLY, Frequency.QUARTERLY, 2);
        ScheduleFixtures.Facts facts = branch().held(BRANCH_ASSEMBLY, LocalDate.of(2026, 7, 10));
        if (held == 2) {
            facts.held(BRANCH_ASSEMBLY, LocalDate.of(2026, 9, 10));
        }
        assertThat(item(facts.evaluate(twice, 2026, today), BRANCH_ASSEMBLY, "2026年第三季度").message())
                .isEqualTo(message);
    }

    @Test
    void everyUnmetItemCitesItsRuleAndArticle() {
        Schedule schedule = schedule();
        assertThat(schedule.items()).filteredOn(i -> i.state() != ItemState.DONE)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.message()).contains("（" + i.ruleId() + "，" + i.article()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            BRANCH_ASSEMBLY  | 3  | 4  | 2 | 1 | 1  | 2026年支部党员大会已召开3次；应召开4期，已完成2期，待召开1期，逾期1期（2026年第二季度）（ZB-08，《中国共产党支部工作条例（试行）》第十一条）
            THEME_DAY        | 1  | 12 | 1 | 0 | 9  | 2026年主题党日已召开1次；应召开12期，已完成1期，逾期9期（2026年1月、2026年2月、2026年3月、2026年4月、2026年5月、2026年6月、2026年7月、2026年8月、2026年9月）（JY-02，《中国共产党党员教育管理工作条例》第十六条）
            GROUP_MEETING    | 0  | 12 | 0 | 1 | 9  | 2026年党小组会已召开0次；各党小组应召开12期，已完成0期，待召开1期，逾期9期（2026年1月、2026年2月、2026年3月、2026年4月、2026年5月、2026年6月、2026年7月、2026年8月、2026年9月）（ZB-10，《中国共产党支部工作条例（试行）》第十三条）
            ORG_LIFE_MEETING | 0  | 1  | 0 | 1 | 0  | 2026年组织生活会已召开0次；应召开1期，已完成0期，待召开1期（ZB-14，《中国共产党支部工作条例（试行）》第十七条）
            """)
    void theOverviewSumsEachMeetingTypeOverTheYear(MeetingType type, int held, int required, int done, int due,
                                                  int overdue, String message) {
        TypeSummary summary = schedule().summary(type).orElseThrow();
        assertThat(summary.held()).isEqualTo(held);
        assertThat(summary.requiredItems()).isEqualTo(required);
        assertThat(summary.doneItems()).isEqualTo(done);
        assertThat(summary.dueItems()).isEqualTo(due);
        assertThat(summary.overdueItems()).isEqualTo(overdue);
        assertThat(summary.overduePeriods()).hasSize(overdue);
        assertThat(summary.message()).isEqualTo(message);
    }

    @Test
    void aBranchWithNothingOverdueIsNotFlagged() {
        Schedule early = branch().evaluate(2026, LocalDate.of(2025, 12, 1));
        assertThat(early.hasOverdue()).isFalse();
        assertThat(early.items(ItemState.UPCOMING)).hasSize(early.items().size());
        assertThat(schedule().hasOverdue()).isTrue();
    }
}
