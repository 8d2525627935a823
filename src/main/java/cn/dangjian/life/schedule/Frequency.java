package cn.dangjian.life.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.shared.CodedValue;

/** How often a meeting is due: the calendar periods (month, quarter, half-year, year) a year is cut into. */
public enum Frequency implements CodedValue {
    MONTHLY("1", "每月", 1),
    QUARTERLY("3", "每季度", 3),
    HALF_YEARLY("6", "每半年", 6),
    YEARLY("12", "每年", 12);

    private final String code;
    private final String label;
    private final int months;

    Frequency(String code, String label, int months) {
        this.code = code;
        this.label = label;
        this.months = months;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** The number of calendar months in one period. */
    public int months() {
        return months;
    }

    /** The period of this frequency that contains {@code date} (the last day of a quarter belongs to that quarter). */
    public Period periodOf(LocalDate date) {
        int firstMonth = (date.getMonthValue() - 1) / months * months + 1;
        LocalDate start = LocalDate.of(date.getYear(), firstMonth, 1);
        return new Period(this, start, start.plusMonths(months).minusDays(1));
    }

    /** The periods of {@code year}, in calendar order (12, 4, 2 or 1 of them). */
    public List<Period> periodsOf(int year) {
        List<Period> periods = new ArrayList<>(12 / months);
        for (int month = 1; month <= 12; month += months) {
            periods.add(periodOf(LocalDate.of(year, month, 1)));
        }
        return List.copyOf(periods);
    }
}
