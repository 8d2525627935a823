package cn.dangjian.life.schedule;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** 补录: a meeting recorded strictly more than N days (default 7, a local parameter) after it took place is late. */
class LateEntryTests {

    @ParameterizedTest(name = "[{index}] held {0}, recorded {1}, allowance {2} → late {3} by {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-10 | 2026-03-10 | 7  | false | 0 | 0
            2026-03-10 | 2026-03-17 | 7  | false | 7 | 0
            2026-03-10 | 2026-03-18 | 7  | true  | 8 | 1
            2026-03-10 | 2026-04-10 | 7  | true  | 31 | 24
            2026-03-31 | 2026-04-08 | 7  | true  | 8 | 1
            2028-02-28 | 2028-03-07 | 7  | true  | 8 | 1
            2026-02-28 | 2026-03-07 | 7  | false | 7 | 0
            2026-03-10 | 2026-03-13 | 3  | false | 3 | 0
            2026-03-10 | 2026-03-14 | 3  | true  | 4 | 1
            2026-03-10 | 2026-03-10 | 0  | false | 0 | 0
            2026-03-10 | 2026-03-11 | 0  | true  | 1 | 1
            2026-03-10 | 2026-03-09 | 7  | false | -1 | 0
            """)
    void recordedMoreThanTheAllowanceAfterTheMeetingIsLate(LocalDate heldOn, LocalDate recordedOn, int allowance,
                                                           boolean late, long daysAfter, long daysLate) {
        LateEntry entry = new LateEntry(heldOn, recordedOn, allowance);
        assertThat(LateEntry.isLate(heldOn, recordedOn, allowance)).isEqualTo(late);
        assertThat(entry.late()).isEqualTo(late);
        assertThat(entry.daysAfterMeeting()).isEqualTo(daysAfter);
        assertThat(entry.daysLate()).isEqualTo(daysLate);
        assertThat(entry.message()).isEqualTo(late
                ? "补录：会议召开" + daysAfter + "天后录入，超过规定的" + allowance + "天" : "");
    }

    @ParameterizedTest(name = "[{index}] default allowance: {0} days after → late {1}")
    @CsvSource({"7, false", "8, true"})
    void theDefaultAllowanceIsSevenDays(int daysAfter, boolean late) {
        LocalDate heldOn = LocalDate.of(2026, 6, 1);
        int allowance = ScheduleParameters.defaults().lateEntryDays();
        assertThat(LateEntry.isLate(heldOn, heldOn.plusDays(daysAfter), allowance)).isEqualTo(late);
    }
}
