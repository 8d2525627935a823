package cn.dangjian.life;

import cn.dangjian.shared.CodedValue;

/** The kinds of organizational-life meeting a branch records (glossary: 三会一课, 主题党日, 组织生活会). */
public enum MeetingType implements CodedValue {
    /** 支部党员大会 — ZB-08: generally once a quarter; decides by vote with quorum. */
    BRANCH_ASSEMBLY("1", "支部党员大会"),
    /** 支委会 — ZB-09: generally once a month. */
    COMMITTEE_MEETING("2", "支委会"),
    /** 党小组会 — ZB-10: generally once a month per party group. */
    GROUP_MEETING("3", "党小组会"),
    /** 党课 — ZB-12: frequency is a local parameter. */
    PARTY_LESSON("4", "党课"),
    /** 主题党日 — JY-02: once a month. */
    THEME_DAY("5", "主题党日"),
    /** 组织生活会 — ZB-14/JY-03: at least once a year, generally in Q4. */
    ORG_LIFE_MEETING("6", "组织生活会");

    private final String code;
    private final String label;

    MeetingType(String code, String label) {
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
