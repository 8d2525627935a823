package cn.dangjian.life.schedule;

import java.time.LocalDate;
import java.util.Arrays;

import cn.dangjian.life.MeetingType;
import cn.dangjian.org.OrgType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.life.MeetingType.BRANCH_ASSEMBLY;
import static cn.dangjian.life.MeetingType.COMMITTEE_MEETING;
import static cn.dangjian.life.MeetingType.GROUP_MEETING;
import static cn.dangjian.life.MeetingType.ORG_LIFE_MEETING;
import static cn.dangjian.life.MeetingType.PARTY_LESSON;
import static cn.dangjian.life.MeetingType.THEME_DAY;
import static cn.dangjian.life.schedule.ScheduleFixtures.GROUP_1;
import static cn.dangjian.life.schedule.ScheduleFixtures.GROUP_2;
import static cn.dangjian.life.schedule.ScheduleFixtures.branch;
import static cn.dangjian.life.schedule.ScheduleFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Done, due, overdue, upcoming and not required, from the catalogue's numbers: ZB-08 quarterly assembly, ZB-09
 * monthly committee meeting where a committee exists (ZB-17), ZB-10 monthly per party group, ZB-12 党课 (local
 * parameter), JY-02 monthly theme day, ZB-14 yearly 组织生活会 generally in Q4.
 */
class ScheduleEvaluatorTests {

    @ParameterizedTest(name = "[{index}] today {0}, assembly held {1} → Q3 {2}, held {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2026-06-30 | -          | UPCOMING | 0
            2026-07-01 | -          | DUE      | 0
            2026-09-30 | -          | DUE      | 0
            2026-10-01 | -          | OVERDUE  | 0
            2026-09-30 | 2026-09-30 | DONE     | 1
            2026-10-01 | 2026-09-30 | DONE     | 1
            2026-10-01 | 2026-07-01 | DONE     | 1
            2026-09-29 | 2026-09-30 | DUE      | 0
            2026-10-01 | 2026-10-01 | OVERDUE  | 0
            2026-10-01 | 2026-06-30 | OVERDUE  | 0
            2027-03-01 | -          | OVERDUE  | 0
            """)
    void theDeadlineIsTheLastDayOfTheQuarter(LocalDate today, LocalDate heldOn, ItemState state, int held) {
        ScheduleItem q3 = item(branch().held(BRANCH_ASSEMBLY, heldOn).evaluate(2026, today),
                BRANCH_ASSEMBLY, "2026年第三季度");
        assertThat(q3.state()).isEqualTo(state);
        assertThat(q3.held()).isEqualTo(held);
        assertThat(q3.required()).isEqualTo(1);
        assertThat(q3.deadline()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @ParameterizedTest(name = "[{index}] established {0}: {1} {2} → {3}, required {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-08-15 | BRANCH_ASSEMBLY  | 2026年第一季度 | NOT_REQUIRED | 0
            2026-08-15 | BRANCH_ASSEMBLY  | 2026年第三季度 | NOT_REQUIRED | 0
            2026-08-15 | BRANCH_ASSEMBLY  | 2026年第四季度 | DUE          | 1
            2026-08-15 | THEME_DAY        | 2026年7月      | NOT_REQUIRED | 0
            2026-08-15 | THEME_DAY        | 2026年8月      | NOT_REQUIRED | 0
            2026-08-15 | THEME_DAY        | 2026年9月      | OVERDUE      | 1
            2026-08-15 | THEME_DAY        | 2026年11月     | DUE          | 1
            2026-08-15 | THEME_DAY        | 2026年12月     | UPCOMING     | 1
            2026-08-15 | PARTY_LESSON     | 2026年第四季度 | DUE          | 1
            2026-08-15 | ORG_LIFE_MEETING | 2026年         | NOT_REQUIRED | 0
            2026-08-01 | THEME_DAY        | 2026年8月      | OVERDUE      | 1
            2026-08-02 | THEME_DAY        | 2026年8月      | NOT_REQUIRED | 0
            2026-07-31 | THEME_DAY        | 2026年8月      | OVERDUE      | 1
            2026-07-01 | BRANCH_ASSEMBLY  | 2026年第三季度 | OVERDUE      | 1
            2026-07-02 | BRANCH_ASSEMBLY  | 2026年第三季度 | NOT_REQUIRED | 0
            2026-01-01 | ORG_LIFE_MEETING | 2026年         | DUE          | 1
            2026-01-02 | ORG_LIFE_MEETING | 2026年         | NOT_REQUIRED | 0
            2025-12-31 | BRANCH_ASSEMBLY  | 2026年第一季度 | OVERDUE      | 1
            2027-02-01 | THEME_DAY        | 2026年12月     | NOT_REQUIRED | 0
            """)
    void onlyWholePeriodsAfterFoundingAreRequired(LocalDate establishedOn, MeetingType type, String period,
                                                 ItemState state, int required) {
        ScheduleItem item = item(branch().established(establishedOn).evaluate(2026, LocalDate.of(2026, 11, 20)),
                type, period);
        assertThat(item.state()).isEqualTo(state);
        assertThat(item.required()).isEqualTo(required);
    }

    @ParameterizedTest(name = "[{index}] founded 2026-08-15, theme day held {0} → August {1}, held {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-08-20 | DONE         | 1 | 2026年8月主题党日已召开1次（本支部于2026-08-15成立，本期不作要求）
            2026-08-15 | DONE         | 1 | 2026年8月主题党日已召开1次（本支部于2026-08-15成立，本期不作要求）
            2026-08-14 | NOT_REQUIRED | 0 | 2026年8月主题党日不作要求（本支部于2026-08-15成立，本期不作要求）
            2026-08-01 | NOT_REQUIRED | 0 | 2026年8月主题党日不作要求（本支部于2026-08-15成立，本期不作要求）
            """)
    void aMeetingHeldInAPartialPeriodStillShowsAsDone(LocalDate heldOn, ItemState state, int held, String message) {
        ScheduleItem august = item(branch().established(LocalDate.of(2026, 8, 15)).held(THEME_DAY, heldOn)
                .evaluate(2026, LocalDate.of(2026, 11, 20)), THEME_DAY, "2026年8月");
        assertThat(august.state()).isEqualTo(state);
        assertThat(august.held()).isEqualTo(held);
        assertThat(august.required()).isZero();
        assertThat(august.message()).isEqualTo(message);
    }

    @ParameterizedTest(name = "[{index}] dissolved {0}: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-05-10 | 2026年第一季度 | OVERDUE      | 0
            2026-05-10 | 2026年第二季度 | NOT_REQUIRED | 0
            2026-05-10 | 2026年第四季度 | NOT_REQUIRED | 0
            2026-07-01 | 2026年第二季度 | DONE         | 1
            2026-06-30 | 2026年第二季度 | NOT_REQUIRED | 0
            """)
    void periodsAfterDissolutionAreNotRequired(LocalDate dissolvedOn, String period, ItemState state, int held) {
        Schedule schedule = branch().dissolved(dissolvedOn)
                .held(BRANCH_ASSEMBLY, LocalDate.of(2026, 6, 30))
                .evaluate(2026, LocalDate.of(2026, 11, 20));
        assertThat(item(schedule, BRANCH_ASSEMBLY, period).state()).isEqualTo(state);
        assertThat(item(schedule, BRANCH_ASSEMBLY, period).held()).isEqualTo(held);
    }

    @Test
    void withoutACommitteeNoCommitteeMeetingIsDue() {
        Schedule without = branch().withoutCommittee().evaluate(2026, LocalDate.of(2026, 5, 1));
        assertThat(without.items(COMMITTEE_MEETING)).isEmpty();
        assertThat(without.summary(COMMITTEE_MEETING)).isEmpty();
        assertThat(without.notes()).contains("本支部未设支部委员会（ZB-17），支委会不作要求");

        Schedule with = branch().evaluate(2026, LocalDate.of(2026, 5, 1));
        assertThat(with.items(COMMITTEE_MEETING)).hasSize(12);
        assertThat(item(with, COMMITTEE_MEETING, "2026年4月").state()).isEqualTo(ItemState.OVERDUE);
    }

    @ParameterizedTest(name = "[{index}] group {0}, {1} → {2}, held {3}")
    @CsvSource(delimiter = '|', textBlock = """
            11 | 2026年3月 | DONE     | 1
            12 | 2026年3月 | OVERDUE  | 0
            11 | 2026年4月 | DUE      | 0
            12 | 2026年4月 | DONE     | 1
            11 | 2026年5月 | UPCOMING | 0
            12 | 2026年5月 | UPCOMING | 0
            """)
    void eachPartyGroupOwesItsOwnMonthlyMeeting(long groupId, String period, ItemState state, int held) {
        Schedule schedule = branch().group(GROUP_1).group(GROUP_2)
                .groupMeeting(11L, LocalDate.of(2026, 3, 5))
                .groupMeeting(12L, LocalDate.of(2026, 4, 2))
                .groupMeeting(null, LocalDate.of(2026, 3, 10))
                .evaluate(2026, LocalDate.of(2026, 4, 15));
        assertThat(schedule.items(GROUP_MEETING)).hasSize(24);
        ScheduleItem item = item(schedule, GROUP_MEETING, groupId, period);
        assertThat(item.state()).isEqualTo(state);
        assertThat(item.held()).isEqualTo(held);
    }

    @Test
    void aPartyGroupSetUpMidMonthOwesNothingForThatMonth() {
        Schedule schedule = branch().group(GROUP_1)
                .group(new PartyGroupFacts(12L, "第二党小组", LocalDate.of(2026, 3, 15)))
                .evaluate(2026, LocalDate.of(2026, 4, 15));
        assertThat(item(schedule, GROUP_MEETING, 12L, "2026年3月").message())
                .isEqualTo("2026年3月第二党小组党小组会不作要求（第二党小组于2026-03-15成立，本期不作要求）");
        assertThat(item(schedule, GROUP_MEETING, 11L, "2026年3月").state()).isEqualTo(ItemState.OVERDUE);
        assertThat(item(schedule, GROUP_MEETING, 12L, "2026年4月").state()).isEqualTo(ItemState.DUE);
    }

    @Test
    void withoutPartyGroupsNoGroupMeetingIsDue() {
        Schedule schedule = branch().evaluate(2026, LocalDate.of(2026, 4, 15));
        assertThat(schedule.items(GROUP_MEETING)).isEmpty();
        assertThat(schedule.notes()).contains("本支部未划分党小组，党小组会不作要求");
    }

    @ParameterizedTest(name = "[{index}] 党课 {0}×{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            QUARTERLY   | 1 | 2026年第一季度:OVERDUE,2026年第二季度:DONE,2026年第三季度:DUE,2026年第四季度:UPCOMING
            HALF_YEARLY | 1 | 2026年上半年:DONE,2026年下半年:DUE
            HALF_YEARLY | 2 | 2026年上半年:OVERDUE,2026年下半年:DUE
            YEARLY      | 1 | 2026年:DONE
            MONTHLY     | 1 | 2026年1月:OVERDUE,2026年2月:OVERDUE,2026年3月:OVERDUE,2026年4月:OVERDUE,2026年5月:DONE,2026年6月:OVERDUE,2026年7月:DUE,2026年8月:UPCOMING,2026年9月:UPCOMING,2026年10月:UPCOMING,2026年11月:UPCOMING,2026年12月:UPCOMING
            """)
    void thePartyLessonFrequencyIsALocalParameter(Frequency frequency, int times, String expected) {
        ScheduleParameters parameters = ScheduleParameters.defaults().withFrequency(PARTY_LESSON, frequency, times);
        Schedule schedule = branch().held(PARTY_LESSON, LocalDate.of(2026, 5, 20))
                .evaluate(parameters, 2026, LocalDate.of(2026, 7, 15));
        assertThat(schedule.items(PARTY_LESSON))
                .extracting(i -> i.period().label() + ":" + i.state())
                .containsExactly(expected.split(","));
        assertThat(schedule.items(PARTY_LESSON)).allSatisfy(i -> assertThat(i.required()).isEqualTo(times));
    }

    @ParameterizedTest(name = "[{index}] today {0}, held {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2026-01-01 | -          | UPCOMING
            2026-09-30 | -          | UPCOMING
            2026-10-01 | -          | DUE
            2026-12-31 | -          | DUE
            2027-01-01 | -          | OVERDUE
            2026-06-20 | 2026-06-18 | DONE
            2026-12-31 | 2026-12-31 | DONE
            2027-01-01 | 2026-12-31 | DONE
            2025-12-31 | -          | UPCOMING
            """)
    void theOrgLifeMeetingIsDueInTheFourthQuarterAndOverdueAfterTheYear(LocalDate today, LocalDate heldOn,
                                                                       ItemState state) {
        ScheduleItem year = item(branch().held(ORG_LIFE_MEETING, heldOn).evaluate(2026, today),
                ORG_LIFE_MEETING, "2026年");
        assertThat(year.state()).isEqualTo(state);
        assertThat(year.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @ParameterizedTest(name = "[{index}] {0} → evaluated {1}")
    @CsvSource({
            "BRANCH, true", "JOINT_BRANCH, true", "TEMPORARY_BRANCH, true",
            "PARTY_COMMITTEE, false", "GENERAL_BRANCH, false", "WORK_COMMITTEE, false"})
    void onlyBranchesHaveMeetingDuties(OrgType type, boolean evaluated) {
        Schedule schedule = branch().type(type).evaluate(2026, LocalDate.of(2026, 5, 1));
        assertThat(schedule.items().isEmpty()).isNotEqualTo(evaluated);
        if (!evaluated) {
            assertThat(schedule.notes()).containsExactly(type.label() + "不适用党支部组织生活计划");
        }
    }

    @Test
    void everyItemOfTheYearIsListedOnceInRuleAndCalendarOrder() {
        Schedule schedule = branch().group(GROUP_1).evaluate(2026, LocalDate.of(2026, 5, 1));
        assertThat(schedule.items()).hasSize(4 + 12 + 12 + 4 + 12 + 1);
        assertThat(schedule.rules()).extracting(ScheduleRule::type)
                .containsExactly(Arrays.stream(MeetingType.values()).toArray(MeetingType[]::new));
        assertThat(schedule.items(BRANCH_ASSEMBLY)).extracting(i -> i.period().label())
                .containsExactly("2026年第一季度", "2026年第二季度", "2026年第三季度", "2026年第四季度");
    }
}
