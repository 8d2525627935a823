package cn.dangjian.compliance;

import cn.dangjian.shared.CodedValue;

/** The columns of the 工委's matrix: what part of Party work a rule checks. */
public enum RuleCategory implements CodedValue {
    STRUCTURE("structure", "组织设置"),
    COMMITTEE("committee", "班子与换届"),
    MEETINGS("meetings", "组织生活"),
    APPRAISAL_TALKS("appraisal-talks", "评议与谈心"),
    MEMBERS("members", "党员管理"),
    RECRUITMENT("recruitment", "发展党员"),
    DUES("dues", "党费"),
    DUTY("duty", "责任落实");

    private final String code;
    private final String label;

    RuleCategory(String code, String label) {
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
