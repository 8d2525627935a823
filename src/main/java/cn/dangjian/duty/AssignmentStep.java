package cn.dangjian.duty;

/** One step in the history of an assignee's part, as its page lists them. */
public enum AssignmentStep {
    ASSIGNED("交办"),
    PROGRESS("进展"),
    EXTENSION_REQUESTED("申请延期"),
    EXTENDED("同意延期"),
    EXTENSION_REFUSED("不同意延期"),
    REMINDED("催办"),
    REPORTED("反馈"),
    RETURNED("退回"),
    CLOSED("销号"),
    WITHDRAWN("撤销");

    private final String label;

    AssignmentStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
