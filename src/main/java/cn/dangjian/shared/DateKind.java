package cn.dangjian.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The plausible range of a typed date. Party events (meetings, talks, applications, joining, steps, terms)
 * cannot precede the founding of the Party on 1921-07-01; birth dates not 1900; nothing is planned beyond
 * 2100. Whether a date may lie in the future is the caller's rule (it needs the clock).
 */
public enum DateKind {

    /** Anything in the life of a Party organization or member. */
    PARTY_EVENT(LocalDate.of(1921, 7, 1), "1921年7月1日（中国共产党成立）"),
    /** A person's birth date. */
    BIRTH(LocalDate.of(1900, 1, 1), "1900年1月1日"),
    /** A calendar entry or a rule's effective date. */
    CALENDAR(LocalDate.of(2000, 1, 1), "2000年1月1日");

    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final LocalDate earliest;
    private final String earliestText;

    DateKind(LocalDate earliest, String earliestText) {
        this.earliest = earliest;
        this.earliestText = earliestText;
    }

    public LocalDate earliest() {
        return earliest;
    }

    /** Adds a problem when {@code date} lies outside the plausible range; {@code null} passes. */
    public boolean check(String field, String label, LocalDate date, List<FieldProblem> problems) {
        if (date == null) {
            return true;
        }
        if (date.isBefore(earliest)) {
            problems.add(new FieldProblem(field, label, "不能早于" + earliestText));
            return false;
        }
        if (date.isAfter(LATEST)) {
            problems.add(new FieldProblem(field, label, "不能晚于2100年12月31日"));
            return false;
        }
        return true;
    }

    /** The same for a date and time. */
    public boolean check(String field, String label, LocalDateTime at, List<FieldProblem> problems) {
        return at == null || check(field, label, at.toLocalDate(), problems);
    }

    /** Adds a problem when no day of {@code year} lies in the plausible range. */
    public boolean checkYear(String field, String label, int year, List<FieldProblem> problems) {
        if (year < earliest.getYear() || year > LATEST.getYear()) {
            problems.add(new FieldProblem(field, label, "应在" + earliest.getYear() + "至" + LATEST.getYear() + "年之间"));
            return false;
        }
        return true;
    }
}
