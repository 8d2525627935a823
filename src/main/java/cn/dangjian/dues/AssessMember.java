package cn.dangjian.dues;

import java.time.YearMonth;

/**
 * An assessment to write for one member: from which month ({@code from}; {@code null} = January of {@code year},
 * or the month a probationary member was admitted, DF-08), the category, the monthly base as typed in 元 (salary or
 * pension), a farmer member's amount, why ({@code kind}; {@code null} = 年初核定), the row it corrects (for a
 * correction) and a note. {@link #annual} leaves the kind to the platform: 年初核定, or 预备党员起交 in the year admitted.
 */
public record AssessMember(long memberId, int year, YearMonth from, DuesCategory category, String base,
                           String farmerAmount, AssessmentKind kind, Long corrects, String note) {

    public static AssessMember annual(long memberId, int year, DuesCategory category, String base) {
        return new AssessMember(memberId, year, null, category, base, null, null, null, null);
    }
}
