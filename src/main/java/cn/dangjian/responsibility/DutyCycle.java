package cn.dangjian.responsibility;

import cn.dangjian.shared.CodedValue;

/** How often a duty falls due, as the list states it (the rules behind the evidence keep their own periods). */
public enum DutyCycle implements CodedValue {
    MONTHLY("1", "每月"),
    QUARTERLY("2", "每季度"),
    HALF_YEARLY("3", "每半年"),
    YEARLY("4", "每年"),
    TERM("5", "每届"),
    ONGOING("6", "经常性");

    private final String code;
    private final String label;

    DutyCycle(String code, String label) {
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
