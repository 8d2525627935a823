package cn.dangjian.transfer;

/** Where a transfer stands (ZJ-11), as its list and to-do pages name it. */
public enum TransferState {
    DRAFT("草稿"),
    APPROVING("审批中"),
    SENT("已转出待接收"),
    RECEIVED("已接收"),
    RETURNED("已退回"),
    CANCELLED("已撤销");

    private final String label;

    TransferState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the transfer is over: the member arrived, or the sender withdrew it. A returned one can be sent again. */
    public boolean closed() {
        return this == RECEIVED || this == CANCELLED;
    }
}
