package cn.dangjian.calendar;

import cn.dangjian.shared.CodedValue;

/** What the official calendar says of a day that differs from the week's pattern. */
public enum DayKind implements CodedValue {
    /** a public holiday (法定节假日 and the days off around it). */
    HOLIDAY("holiday", "放假"),
    /** a weekend day worked instead (调休上班). */
    WORKDAY("workday", "调休上班");

    private final String code;
    private final String label;

    DayKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
