package cn.dangjian.org;

import cn.dangjian.shared.CodedValue;

/** How a committee came about: elected by the members, or appointed (临时党支部, ZB-06; 上级指派, ZB-18). */
public enum TermFormation implements CodedValue {
    ELECTED("1", "选举产生"),
    APPOINTED("2", "上级指定");

    private final String code;
    private final String label;

    TermFormation(String code, String label) {
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
