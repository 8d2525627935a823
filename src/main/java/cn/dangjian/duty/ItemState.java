package cn.dangjian.duty;

/** Where a rectification item stands: being fixed, fixed and waiting for review, or closed after review (销号). */
public enum ItemState {
    OPEN("整改中"),
    DONE("已完成待销号"),
    CLOSED("已销号");

    private final String label;

    ItemState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
