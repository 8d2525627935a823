package cn.dangjian.calendar;

import java.time.LocalDate;

/** One day of the official calendar: a holiday or a make-up workday, with the holiday's name (春节, 国庆节 …). */
public record CalendarDay(LocalDate day, DayKind kind, String name) {
}
