package cn.dangjian.compliance;

import java.util.Map;

/** What the button beside a finding says: the step that closes it, named as a secretary would say it. */
final class FindingActions {

    private static final Map<String, String> BY_RULE = Map.ofEntries(
            Map.entry("ZB-08", "召开支部党员大会"),
            Map.entry("ZB-09", "记录支委会"),
            Map.entry("ZB-10", "记录党小组会"),
            Map.entry("ZB-12", "记录党课"),
            Map.entry("JY-02", "记录主题党日"),
            Map.entry("ZB-14", "召开组织生活会"),
            Map.entry("ZB-15", "登记谈话"),
            Map.entry("ZB-16", "开展民主评议"),
            Map.entry("XJ-01", "录入换届"),
            Map.entry("XJ-09", "准备换届"),
            Map.entry("JG-04", "录入班子"),
            Map.entry("JY-09", "办理转接"),
            Map.entry("ZJ-04", "核实并登记回执"));

    /** Where one catalogue id has rules on both sides of a step, the rule's own code decides. */
    private static final Map<String, String> BY_CODE = Map.of("members.receipt-reply", "寄出回执",
            "members.mobile-contact", "登记联系", "duty.task-due", "办理督办事项", "duty.task-decision", "审核");

    private FindingActions() {
    }

    static String label(String ruleCode, String ruleId) {
        if (ruleCode != null && BY_CODE.containsKey(ruleCode)) {
            return BY_CODE.get(ruleCode);
        }
        if (ruleId != null && ruleId.startsWith("FZ-")) {
            return "办理发展环节";
        }
        return BY_RULE.getOrDefault(ruleId, "去处理");
    }
}
