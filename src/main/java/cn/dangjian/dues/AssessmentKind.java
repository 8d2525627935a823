package cn.dangjian.dues;

import cn.dangjian.shared.CodedValue;

/** Why an assessment row was written: the 年初核定 (DF-17), a probationary member's first (DF-08), a salary change (DF-10), a correction, or a
 * member received from another organization. */
public enum AssessmentKind implements CodedValue {
    ANNUAL("1", "年初核定"),
    PROBATION("2", "预备党员起交"),
    CHANGE("3", "工资变动调整"),
    CORRECTION("4", "更正"),
    /** Written by a 组织关系转接 when the receiving organization takes the member's dues over; never by hand. */
    TRANSFER("5", "组织关系转入");

    private final String code;
    private final String label;

    AssessmentKind(String code, String label) {
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
