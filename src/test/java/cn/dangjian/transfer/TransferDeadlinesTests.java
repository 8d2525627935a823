package cn.dangjian.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.calendar.CalendarDay;
import cn.dangjian.calendar.DayKind;
import cn.dangjian.calendar.WorkingDays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letter's validity, the 回执's month and the 6 months away, counted as the Civil Code counts periods, against
 * the 2026 arrangement of holidays (holidays.md): 春节 15–23 February with Saturday the 28th worked, 劳动节 1–5 May,
 * 国庆节 1–7 October with Sunday 20 September and Saturday 10 October worked.
 */
class TransferDeadlinesTests {

    private static final WorkingDays CALENDAR = calendar2026();

    @ParameterizedTest(name = "{0} + 有效期{1}天 → 至{2}")
    @CsvSource({
            // the day of issue is not counted: 30 days from Tuesday 3 November end on Thursday 3 December
            "2026-11-03, 30, 2026-12-03",
            "2026-11-03, 1, 2026-11-04",
            // ending on Saturday 5 December: carried to Monday the 7th
            "2026-11-05, 30, 2026-12-07",
            // ending inside 国庆节 (Saturday 3 October): carried past the holiday to Thursday the 8th
            "2026-09-03, 30, 2026-10-08",
            // ending on Saturday 10 October, a make-up workday: it stays
            "2026-09-10, 30, 2026-10-10",
            // ending on Sunday 20 September, a make-up workday: it stays
            "2026-08-21, 30, 2026-09-20",
            // ending in 春节 (Monday 16 February): carried to Tuesday the 24th
            "2026-01-17, 30, 2026-02-24",
            "2026-12-03, 90, 2027-03-03"})
    void aLetterIsValidThroughTheDayItsPeriodEnds(LocalDate issued, int days, LocalDate through) {
        assertThat(TransferDeadlines.validThrough(issued, days, CALENDAR)).isEqualTo(through);
    }

    @ParameterizedTest(name = "接收于{0} → 回执至{1}")
    @CsvSource({
            "2026-03-10, 2026-04-10",
            // no 31 April: the month ends on the 30th (a Thursday)
            "2026-03-31, 2026-04-30",
            // 31 January → 28 February, a make-up workday in 2026
            "2026-01-31, 2026-02-28",
            // 1 April → 1 May, 劳动节: carried to Wednesday 6 May
            "2026-04-01, 2026-05-06",
            // 12 June → Sunday 12 July: carried to Monday the 13th
            "2026-06-12, 2026-07-13"})
    void theReceiptIsDueOneMonthAfterTheMemberWasReceived(LocalDate received, LocalDate due) {
        assertThat(TransferDeadlines.receiptDue(received, CALENDAR)).isEqualTo(due);
    }

    @ParameterizedTest(name = "送达于{0}，时限{1}天 → 至{2}")
    @CsvSource({
            // reached on Monday 2 November: 15 days end on Tuesday the 17th
            "2026-11-02, 15, 2026-11-17",
            // reached on Friday 6 November: 15 days end on Saturday the 21st, carried to Monday the 23rd
            "2026-11-06, 15, 2026-11-23",
            // reached on 24 September: 10 days end inside 国庆节, carried to Thursday 8 October
            "2026-09-24, 10, 2026-10-08"})
    void aStepOfTheRouteIsDueItsLimitAfterItWasReached(LocalDate reached, int days, LocalDate due) {
        assertThat(TransferDeadlines.stepDue(reached, days, CALENDAR)).isEqualTo(due);
    }

    @ParameterizedTest(name = "外出自{0}，至{1}：{2}")
    @CsvSource({
            "2026-03-15, 2026-09-14, false",
            "2026-03-15, 2026-09-15, true",
            "2026-08-31, 2027-02-27, false",
            // no 31 February: six months from 31 August are complete on the 28th
            "2026-08-31, 2027-02-28, true"})
    void sixMonthsAwayAtAFixedPlaceCallForATransfer(LocalDate since, LocalDate today, boolean due) {
        assertThat(TransferDeadlines.awayLongEnoughToTransfer(since, today)).isEqualTo(due);
    }

    private static WorkingDays calendar2026() {
        List<CalendarDay> days = new ArrayList<>();
        holidays(days, "2026-01-01", "2026-01-03", "元旦");
        holidays(days, "2026-02-15", "2026-02-23", "春节");
        holidays(days, "2026-04-04", "2026-04-06", "清明节");
        holidays(days, "2026-05-01", "2026-05-05", "劳动节");
        holidays(days, "2026-06-19", "2026-06-21", "端午节");
        holidays(days, "2026-09-25", "2026-09-27", "中秋节");
        holidays(days, "2026-10-01", "2026-10-07", "国庆节");
        for (String workday : List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")) {
            days.add(new CalendarDay(LocalDate.parse(workday), DayKind.WORKDAY, "调休"));
        }
        return new WorkingDays(days);
    }

    private static void holidays(List<CalendarDay> days, String from, String until, String name) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(until)); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, DayKind.HOLIDAY, name));
        }
    }
}
