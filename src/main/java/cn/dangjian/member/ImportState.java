package cn.dangjian.member;

/** Where a roster import stands: validated first, written only after the user confirms. */
public enum ImportState {
    VALIDATING("正在校验"),
    VALIDATED("校验完成，等待确认"),
    IMPORTING("正在导入"),
    DONE("导入完成"),
    FAILED("导入失败"),
    CANCELLED("已放弃");

    private final String label;

    ImportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still working in the background (the page keeps polling). */
    public boolean running() {
        return this == VALIDATING || this == IMPORTING;
    }
}
