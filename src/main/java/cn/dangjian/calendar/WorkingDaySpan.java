package cn.dangjian.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to "from {@code start}, which day is the {@code workingDays}-th working day?" ({@code start} counts
 * if it is a working day) — e.g. the last day of a 公示 of 5 working days. {@code uncoveredYears} lists the years of
 * the span whose holidays have not been entered: for those only weekends were skipped, so the answer may be early.
 */
public record WorkingDaySpan(LocalDate start, int workingDays, LocalDate lastDay, List<Integer> uncoveredYears) {

    public WorkingDaySpan {
        uncoveredYears = List.copyOf(uncoveredYears);
    }
}
