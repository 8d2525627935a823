package cn.dangjian.life;

import cn.dangjian.shared.CodedValue;

/** 出席情况 of one expected attendee; 请假 needs a reason. */
public enum AttendanceStatus implements CodedValue {
    PRESENT("1", "出席"),
    EXCUSED("2", "请假"),
    ABSENT("3", "缺席");

    private final String code;
    private final String label;

    AttendanceStatus(String code, String label) {
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
