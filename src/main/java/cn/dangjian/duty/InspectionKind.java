package cn.dangjian.duty;

import cn.dangjian.shared.CodedValue;

/** What kind of inspection the feedback came from (ZG-01). */
public enum InspectionKind implements CodedValue {
    TOUR("1", "巡视"),
    CIRCUIT("2", "巡察"),
    SPECIAL("3", "专项检查");

    private final String code;
    private final String label;

    InspectionKind(String code, String label) {
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
