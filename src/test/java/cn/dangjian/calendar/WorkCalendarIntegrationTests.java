package cn.dangjian.calendar;

import java.time.LocalDate;

import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.Permission;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working days from the seeded official calendar (holidays.md): weekends, public holidays, make-up workdays. */
@IntegrationTest
class WorkCalendarIntegrationTests {

    @Autowired
    WorkCalendar calendar;
    @Autowired
    TestTree trees;

    @ParameterizedTest(name = "{0} + {1} working days ends {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # start    | n | last day   | why
            2026-11-16 | 5 | 2026-11-20 | an ordinary week, Monday to Friday
            2026-11-20 | 5 | 2026-11-26 | a weekend in between
            2026-11-21 | 1 | 2026-11-23 | a Saturday start does not count
            2026-09-18 | 5 | 2026-09-23 | Sunday 9-20 is a make-up workday
            2026-09-24 | 5 | 2026-10-08 | 中秋节 9-25..27, 国庆节 10-1..7
            2026-09-30 | 5 | 2026-10-12 | 国庆节, then Saturday 10-10 worked
            2026-02-12 | 5 | 2026-02-25 | 春节 2-15..23 with Saturday 2-14 worked
            2025-12-31 | 2 | 2026-01-04 | 元旦 1-1..3, Sunday 1-4 worked
            2025-09-30 | 2 | 2025-10-09 | 2025 国庆节、中秋节 10-1..8
            """)
    void aSpanOfWorkingDaysSkipsWeekendsAndHolidaysAndCountsMakeUpDays(LocalDate start, int n, LocalDate last,
                                                                        String why) {
        WorkingDays days = calendar.workingDays();
        assertThat(days.nthWorkingDay(start, n)).as(why).isEqualTo(last);
        assertThat(days.count(start, last)).as(why).isEqualTo(n);
    }

    @Test
    void theSeededYearsAreKnownAndALaterYearIsNot() {
        WorkingDays days = calendar.workingDays();
        assertThat(days.covers(2025)).isTrue();
        assertThat(days.covers(2026)).isTrue();
        assertThat(days.covers(2099)).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.days(2026)).filteredOn(d -> d.kind() == DayKind.HOLIDAY).hasSize(3 + 9 + 3 + 5 + 3 + 3 + 7);
    }

    @Test
    void onlyAPlatformWideAdministratorEntersTheCalendarAndAMakeUpDayMustFallOnAWeekend() {
        AccessScope admin = AccessScope.system();
        calendar.put(admin, new CalendarDay(LocalDate.of(2099, 1, 1), DayKind.HOLIDAY, "元旦"));
        assertThat(calendar.workingDays().isWorkingDay(LocalDate.of(2099, 1, 1))).isFalse();
        assertThat(calendar.workingDays().covers(2099)).isTrue();
        assertThatThrownBy(() -> calendar.put(admin, new CalendarDay(LocalDate.of(2099, 1, 2), DayKind.WORKDAY, " ")))
                .hasMessageContaining("类型：调休上班只能安排在周六或周日").hasMessageContaining("名称：请填写节日名称");
        TestTree.Tree t = trees.build();
        AccessScope committee = trees.subtreeScope(t.a(), Permission.RULE_PARAMETERS);
        assertThatThrownBy(() -> calendar.put(committee, new CalendarDay(LocalDate.of(2099, 1, 3), DayKind.HOLIDAY, "元旦")))
                .isInstanceOf(ForbiddenException.class);
        calendar.remove(admin, LocalDate.of(2099, 1, 1));
        assertThat(calendar.workingDays().covers(2099)).isFalse();
    }
}
