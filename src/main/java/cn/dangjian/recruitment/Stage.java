package cn.dangjian.recruitment;

import cn.dangjian.shared.CodedValue;

/** The five stages of a recruitment case (发展党员的五个阶段), and the end of a case that did not get there. */
public enum Stage implements CodedValue {
    APPLICANT("A", "入党申请人"),
    ACTIVIST("B", "入党积极分子"),
    CANDIDATE("C", "发展对象"),
    PROBATIONARY("D", "预备党员"),
    FULL("E", "正式党员"),
    CLOSED("X", "已终止");

    private final String code;
    private final String label;

    Stage(String code, String label) {
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

    /** Whether the case is still going (not yet full member, not closed). */
    public boolean open() {
        return this != FULL && this != CLOSED;
    }
}
