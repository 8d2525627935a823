package cn.dangjian.compliance;

import java.time.LocalDate;

import cn.dangjian.parameters.ParameterValues;

/** What a rule is evaluated against besides the facts: the day, and the parameter values in force for the organization. */
public record RuleContext(LocalDate today, ParameterValues parameters) {

    /** Through this month of a year, the previous year's unmet yearly and periodic duties are still shown. */
    public static final int PREVIOUS_YEAR_SHOWN_THROUGH_MONTH = 3;

    /**
     * Whether last year's unmet duties are still listed: in the first quarter, so that a meeting missed in December
     * or an appraisal never recorded stays in front of the branch and its higher organization for a while, but a
     * newly adopted platform does not list the whole of a year whose records were kept elsewhere.
     */
    public static boolean showsPreviousYear(LocalDate today) {
        return today.getMonthValue() <= PREVIOUS_YEAR_SHOWN_THROUGH_MONTH;
    }

    /**
     * Whether a finding about {@code year}, no longer reported on {@code today}, has lapsed rather than been
     * remedied: it concerns a past year that is no longer listed.
     */
    public static boolean lapsed(int year, LocalDate today) {
        return year < today.getYear() && !showsPreviousYear(today);
    }

    public boolean showsPreviousYear() {
        return showsPreviousYear(today);
    }
}
