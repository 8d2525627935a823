package cn.dangjian.org;

import java.util.EnumSet;
import java.util.Set;

import cn.dangjian.shared.CodedValue;

/** 党组织类别, and which kinds of organization may sit directly beneath which. */
public enum OrgType implements CodedValue {
    WORK_COMMITTEE("611", "机关工委"),
    PARTY_COMMITTEE("621", "机关党委"),
    GENERAL_BRANCH("631", "党总支"),
    BRANCH("632", "党支部"),
    JOINT_BRANCH("633", "联合党支部"),
    TEMPORARY_BRANCH("634", "临时党支部"),
    PARTY_GROUP("640", "党小组");

    private final String code;
    private final String label;

    OrgType(String code, String label) {
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

    /** 党支部, 联合党支部 and 临时党支部: the basic units of organizational life. */
    public boolean isBranch() {
        return this == BRANCH || this == JOINT_BRANCH || this == TEMPORARY_BRANCH;
    }

    /** Whether members' organizational relationship may be held here (党小组 members belong to the branch). */
    public boolean holdsMembers() {
        return this != WORK_COMMITTEE && this != PARTY_GROUP;
    }

    /** The kinds of organization allowed directly above this one ({@code null} parent only for a 工委). */
    public Set<OrgType> allowedParents() {
        return switch (this) {
            case WORK_COMMITTEE -> EnumSet.of(WORK_COMMITTEE);
            case PARTY_COMMITTEE -> EnumSet.of(WORK_COMMITTEE, PARTY_COMMITTEE);
            case GENERAL_BRANCH -> EnumSet.of(WORK_COMMITTEE, PARTY_COMMITTEE);
            case BRANCH, JOINT_BRANCH, TEMPORARY_BRANCH -> EnumSet.of(WORK_COMMITTEE, PARTY_COMMITTEE, GENERAL_BRANCH);
            case PARTY_GROUP -> EnumSet.of(BRANCH, JOINT_BRANCH, TEMPORARY_BRANCH);
        };
    }
}
