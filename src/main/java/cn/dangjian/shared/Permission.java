package cn.dangjian.shared;

/** Function permissions (what a role may do); which data it may do it to is the {@link AccessScope}. */
public enum Permission implements CodedValue {
    ORG_VIEW("org:view", "查看党组织"),
    ORG_EDIT("org:edit", "维护党组织"),
    MEMBER_VIEW("member:view", "查看党员"),
    MEMBER_EDIT("member:edit", "维护党员"),
    MEMBER_SENSITIVE("member:sensitive", "查看身份证号和电话"),
    MEMBER_IMPORT("member:import", "导入党员名册"),
    MEMBER_EXPORT("member:export", "导出党员名册"),
    LIFE_VIEW("life:view", "查看组织生活"),
    LIFE_RECORD("life:record", "记录组织生活"),
    AUDIT_VIEW("audit:view", "查看审计日志"),
    USER_ADMIN("user:admin", "开设和停用账号"),
    ROLE_ASSIGN("role:assign", "分配角色和数据范围"),
    SECURITY_POLICY("security:policy", "解锁账号和重置特权账号密码"),
    RULE_PARAMETERS("rule:parameters", "设置规则参数"),
    FINDING_VIEW("finding:view", "查看待办事项和合规情况"),
    FINDING_EXPLAIN("finding:explain", "说明待办事项"),
    RECRUITMENT_VIEW("recruitment:view", "查看发展党员"),
    RECRUITMENT_RECORD("recruitment:record", "记录发展党员环节"),
    RECRUITMENT_APPROVE("recruitment:approve", "审批发展党员"),
    DUES_VIEW("dues:view", "查看党费"),
    DUES_RECORD("dues:record", "核定和记录党费收缴"),
    DUES_APPROVE("dues:approve", "审批少交免交党费"),
    TRANSFER_VIEW("transfer:view", "查看组织关系转接"),
    TRANSFER_RECORD("transfer:record", "办理组织关系转接"),
    TRANSFER_APPROVE("transfer:approve", "审批组织关系转接"),
    DUTY_VIEW("duty:view", "查看督办事项"),
    DUTY_REPORT("duty:report", "办理和反馈督办事项"),
    DUTY_ASSIGN("duty:assign", "交办和审核督办事项");

    private final String code;
    private final String label;

    Permission(String code, String label) {
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
