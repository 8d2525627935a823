package cn.dangjian.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Picks meeting times on working days (Monday–Friday outside the 2025–2026 public holidays of
 * {@code holidays.md}; make-up Saturdays are ignored), between 09:00 and 16:00.
 */
final class WorkingDays {

    private static final Set<LocalDate> HOLIDAYS = holidays(
            "2025-01-01", "2025-01-01", "2025-01-28", "2025-02-04", "2025-04-04", "2025-04-06",
            "2025-05-01", "2025-05-05", "2025-05-31", "2025-06-02", "2025-10-01", "2025-10-08",
            "2026-01-01", "2026-01-03", "2026-02-15", "2026-02-23", "2026-04-04", "2026-04-06",
            "2026-05-01", "2026-05-05", "2026-06-19", "2026-06-21", "2026-09-25", "2026-09-27",
            "2026-10-01", "2026-10-07");

    private WorkingDays() {
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !HOLIDAYS.contains(day);
    }

    /** A working day in {@code [from, to]} at a half hour from 09:00 to 16:00, if the range has one. */
    static Optional<LocalDateTime> pick(Random random, LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                days.add(d);
            }
        }
        if (days.isEmpty()) {
            return Optional.empty();
        }
        LocalTime time = LocalTime.of(9, 0).plusMinutes(30L * random.nextInt(15));
        return Optional.of(days.get(random.nextInt(days.size())).atTime(time));
    }

    private static Set<LocalDate> holidays(String... ranges) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < ranges.length; i += 2) {
            LocalDate end = LocalDate.parse(ranges[i + 1]);
            for (LocalDate d = LocalDate.parse(ranges[i]); !d.isAfter(end); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return Set.copyOf(days);
    }
}
