package cn.dangjian.calendar;

import java.util.List;

/**
 * One year of the official calendar: its holidays and make-up workdays in date order, and whether the year's
 * arrangement has been entered at all ({@code covered}); when it has not, working days of that year can only be
 * counted as Monday to Friday, so a rule like the 5-working-day 公示 cannot be checked.
 */
public record CalendarYear(int year, boolean covered, List<CalendarDay> days) {

    public CalendarYear {
        days = List.copyOf(days);
    }
}
