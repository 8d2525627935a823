package cn.dangjian.recruitment;

import cn.dangjian.shared.CodedValue;

/** What a step decided: passed or not, and for 转正 whether the member is confirmed, extended or cancelled. */
public enum StepResult implements CodedValue {
    PASSED("1", "通过"),
    NOT_PASSED("2", "未通过"),
    CONFIRM("3", "按期转正"),
    EXTEND("4", "延长预备期"),
    CANCEL("5", "取消预备党员资格");

    private final String code;
    private final String label;

    StepResult(String code, String label) {
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

    /** Whether the case goes on after this result. */
    public boolean favourable() {
        return this == PASSED || this == CONFIRM || this == EXTEND;
    }
}
