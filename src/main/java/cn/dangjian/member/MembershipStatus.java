package cn.dangjian.member;

import cn.dangjian.shared.CodedValue;

/** 党籍状态. 留党察看 members keep 党籍 but have no voting rights (XJ-03). */
public enum MembershipStatus implements CodedValue {
    NORMAL("1", "正常"),
    PARTY_PROBATION("2", "留党察看"),
    SUSPENDED("3", "停止党籍"),
    LEFT("4", "已出党"),
    DECEASED("5", "已去世"),
    /** The relationship went to an organization outside the platform and its 回执 came back (ZJ-04). */
    TRANSFERRED_OUT("6", "已转出");

    private final String code;
    private final String label;

    MembershipStatus(String code, String label) {
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

    /** Still on the roll (the organization must look after them). */
    public boolean current() {
        return this == NORMAL || this == PARTY_PROBATION || this == SUSPENDED;
    }
}
