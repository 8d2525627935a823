package cn.dangjian.life.schedule;

import java.time.LocalDate;
import java.util.Objects;

/** One calendar period of a {@link Frequency}, both ends inclusive, labelled the way a secretary says it. */
public record Period(Frequency frequency, LocalDate start, LocalDate end) {

    private static final String[] ORDINALS = {"一", "二", "三", "四"};

    public Period {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + " .. " + end);
        }
    }

    /** Whether {@code date} falls inside the period (the first and the last day included). */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** "2026年3月", "2026年第一季度", "2026年上半年" or "2026年". */
    public String label() {
        int year = start.getYear();
        return switch (frequency) {
            case MONTHLY -> year + "年" + start.getMonthValue() + "月";
            case QUARTERLY -> year + "年第" + ORDINALS[(start.getMonthValue() - 1) / 3] + "季度";
            case HALF_YEARLY -> year + "年" + (start.getMonthValue() <= 6 ? "上半年" : "下半年");
            case YEARLY -> year + "年";
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
