package cn.dangjian.member;

/** What a confirmed roster import writes: every row or nothing, or just the rows that passed. */
public enum ImportMode {
    ALL_OR_NOTHING("全部导入"),
    VALID_ROWS_ONLY("仅导入有效行");

    private final String label;

    ImportMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
