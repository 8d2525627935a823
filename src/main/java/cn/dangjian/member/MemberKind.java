package cn.dangjian.member;

import cn.dangjian.shared.CodedValue;

/** 人员类别: only full members vote (XJ-03). */
public enum MemberKind implements CodedValue {
    FULL("1", "正式党员"),
    PROBATIONARY("2", "预备党员");

    private final String code;
    private final String label;

    MemberKind(String code, String label) {
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
