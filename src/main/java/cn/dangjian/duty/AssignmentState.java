package cn.dangjian.duty;

/**
 * Where one assignee's part stands: being done, reported and waiting for review, closed after review (销号), or
 * withdrawn with its task.
 */
public enum AssignmentState {
    IN_PROGRESS("办理中"),
    REPORTED("已反馈待审核"),
    CLOSED("已销号"),
    WITHDRAWN("已撤销");

    private final String label;

    AssignmentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
