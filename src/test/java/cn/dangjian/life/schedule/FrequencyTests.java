package cn.dangjian.life.schedule;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Period arithmetic across month, quarter, half-year and year edges, including the 2028 leap day. */
class FrequencyTests {

    @ParameterizedTest(name = "[{index}] {0} {1} → {2} .. {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-31 | MONTHLY     | 2026-12-01 | 2026-12-31 | 2026年12月
            2026-12-31 | QUARTERLY   | 2026-10-01 | 2026-12-31 | 2026年第四季度
            2026-12-31 | HALF_YEARLY | 2026-07-01 | 2026-12-31 | 2026年下半年
            2026-12-31 | YEARLY      | 2026-01-01 | 2026-12-31 | 2026年
            2027-01-01 | MONTHLY     | 2027-01-01 | 2027-01-31 | 2027年1月
            2027-01-01 | QUARTERLY   | 2027-01-01 | 2027-03-31 | 2027年第一季度
            2027-01-01 | HALF_YEARLY | 2027-01-01 | 2027-06-30 | 2027年上半年
            2027-01-01 | YEARLY      | 2027-01-01 | 2027-12-31 | 2027年
            2026-03-31 | QUARTERLY   | 2026-01-01 | 2026-03-31 | 2026年第一季度
            2026-04-01 | QUARTERLY   | 2026-04-01 | 2026-06-30 | 2026年第二季度
            2026-06-30 | HALF_YEARLY | 2026-01-01 | 2026-06-30 | 2026年上半年
            2026-07-01 | HALF_YEARLY | 2026-07-01 | 2026-12-31 | 2026年下半年
            2026-09-30 | QUARTERLY   | 2026-07-01 | 2026-09-30 | 2026年第三季度
            2026-02-28 | MONTHLY     | 2026-02-01 | 2026-02-28 | 2026年2月
            2028-02-28 | MONTHLY     | 2028-02-01 | 2028-02-29 | 2028年2月
            2028-02-29 | MONTHLY     | 2028-02-01 | 2028-02-29 | 2028年2月
            2028-02-29 | QUARTERLY   | 2028-01-01 | 2028-03-31 | 2028年第一季度
            2028-03-01 | MONTHLY     | 2028-03-01 | 2028-03-31 | 2028年3月
            """)
    void findsThePeriodContainingADate(LocalDate date, Frequency frequency, LocalDate start, LocalDate end,
                                       String label) {
        Period period = frequency.periodOf(date);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.label()).isEqualTo(label);
        assertThat(period.contains(date)).isTrue();
        assertThat(period.contains(start.minusDays(1))).isFalse();
        assertThat(period.contains(end.plusDays(1))).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0} → {1} periods, last {2}")
    @CsvSource(delimiter = '|', textBlock = """
            MONTHLY     | 12 | 2028年12月
            QUARTERLY   | 4  | 2028年第四季度
            HALF_YEARLY | 2  | 2028年下半年
            YEARLY      | 1  | 2028年
            """)
    void cutsAYearIntoAdjacentPeriods(Frequency frequency, int count, String lastLabel) {
        var periods = frequency.periodsOf(2028);
        assertThat(periods).hasSize(count);
        assertThat(periods.get(0).start()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(periods.get(count - 1).end()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(periods.get(count - 1).label()).isEqualTo(lastLabel);
        for (int i = 1; i < count; i++) {
            assertThat(periods.get(i).start()).isEqualTo(periods.get(i - 1).end().plusDays(1));
        }
    }

    @Test
    void theLeapYearsFebruaryHasTwentyNineDays() {
        assertThat(Frequency.MONTHLY.periodsOf(2028).get(1).end()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Frequency.MONTHLY.periodsOf(2026).get(1).end()).isEqualTo(LocalDate.of(2026, 2, 28));
    }
}
