package cn.dangjian.dues;

import cn.dangjian.shared.CodedValue;

/** Where a 少交/免交 application stands (DF-07, DF-19). */
public enum ReductionStatus implements CodedValue {
    APPLIED("1", "已申请，待支委会研究"),
    BRANCH_AGREED("2", "支委会同意，待上级党委批准"),
    APPROVED("3", "已批准"),
    REJECTED("4", "未批准");

    private final String code;
    private final String label;

    ReductionStatus(String code, String label) {
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
