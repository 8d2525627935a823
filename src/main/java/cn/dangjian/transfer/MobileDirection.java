package cn.dangjian.transfer;

/** Which side registered a 流动党员 (ZJ-09): the branch holding the relationship, or the branch they attend. */
public enum MobileDirection {
    OUT("流出"),
    IN("流入");

    private final String label;

    MobileDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
