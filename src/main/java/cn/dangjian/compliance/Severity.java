package cn.dangjian.compliance;

import cn.dangjian.shared.CodedValue;

/** How pressing a finding is, most pressing first: the matrix colours its cells by the worst open one. */
public enum Severity implements CodedValue {
    /** the data shows a rule is broken (a branch of 56, a committee missing). */
    VIOLATION("violation", "不符合规定"),
    /** something due is past its deadline (the quarter's 支部党员大会 not held). */
    OVERDUE("overdue", "已逾期"),
    /** something is due soon (the 支部党员大会 of this quarter, a term ending within the lead time). */
    DUE("due", "待办"),
    /** worth a look, not a breach (a soft cap such as ZB-02's "一般不超过50人"). */
    ADVICE("advice", "提示");

    private final String code;
    private final String label;

    Severity(String code, String label) {
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
