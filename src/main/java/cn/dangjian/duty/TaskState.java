package cn.dangjian.duty;

/** Where a supervised task stands: open until every part is closed (办结), or withdrawn by its issuer. */
public enum TaskState {
    OPEN("办理中"),
    CLOSED("已办结"),
    WITHDRAWN("已撤销");

    private final String label;

    TaskState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
