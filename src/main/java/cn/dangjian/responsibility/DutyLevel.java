package cn.dangjian.responsibility;

import cn.dangjian.org.OrgType;
import cn.dangjian.shared.CodedValue;

/** Which organizations a duty of the 责任清单 binds (ZR-02: the levels of 机关党建). */
public enum DutyLevel implements CodedValue {
    PARTY_COMMITTEE("1", "机关党委"),
    GENERAL_BRANCH("2", "党总支"),
    BRANCH("3", "党支部");

    private final String code;
    private final String label;

    DutyLevel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The level an organization of this type is at, or {@code null} (工委, 党小组) when no list binds it. */
    public static DutyLevel of(OrgType type) {
        return switch (type) {
            case PARTY_COMMITTEE -> PARTY_COMMITTEE;
            case GENERAL_BRANCH -> GENERAL_BRANCH;
            case BRANCH, JOINT_BRANCH, TEMPORARY_BRANCH -> BRANCH;
            case WORK_COMMITTEE, PARTY_GROUP -> null;
        };
    }

    /**
     * Whether an organization of this type issues 责任清单, holds 述职评议 and chooses 考核指标 for the organizations
     * below it: a 机关工委 or a 机关党委.
     */
    public static boolean issues(OrgType type) {
        return type == OrgType.WORK_COMMITTEE || type == OrgType.PARTY_COMMITTEE;
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
