package cn.dangjian.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable snapshot of the official calendar that answers working-day questions: whether a day is a working
 * day, the n-th working day from a day, how many working days a span holds, and whether a year's holidays have
 * been entered at all (a count over a year nobody entered would silently treat its holidays as working days).
 */
public final class WorkingDays {

    private final Map<LocalDate, DayKind> exceptions = new HashMap<>();
    private final Set<Integer> years = new TreeSet<>();

    public WorkingDays(Collection<CalendarDay> days) {
        for (CalendarDay d : days) {
            exceptions.put(d.day(), d.kind());
            years.add(d.day().getYear());
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Working days from {@code from} to {@code to}, both included (0 when {@code to} is before {@code from}). */
    public int count(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The day on which a span starting on {@code start} has lasted {@code n} working days ({@code start} counts if it
     * is one). A 公示 of 5 working days from Friday 2026-09-18 ends on Wednesday the 23rd (Sunday the 20th is a
     * make-up workday); one from Wednesday 2026-09-30 ends on Monday 2026-10-12 (国庆节 1–7 off, Saturday the 10th
     * worked). {@code n} must be at least 1.
     */
    public LocalDate nthWorkingDay(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        int seen = 0;
        LocalDate d = start;
        while (true) {
            if (isWorkingDay(d) && ++seen == n) {
                return d;
            }
            d = d.plusDays(1);
        }
    }

    /** Whether the official arrangement of {@code year} has been entered. */
    public boolean covers(int year) {
        return years.contains(year);
    }
}
