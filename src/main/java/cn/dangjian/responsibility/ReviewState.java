package cn.dangjian.responsibility;

import cn.dangjian.shared.CodedValue;

/** Where a secretary's 述职 stands in the round. */
public enum ReviewState implements CodedValue {
    DRAFTING("1", "待述职"),
    SUBMITTED("2", "已述职待评议"),
    ASSESSED("3", "已评议");

    private final String code;
    private final String label;

    ReviewState(String code, String label) {
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
