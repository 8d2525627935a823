package cn.dangjian.life.schedule;

import cn.dangjian.shared.CodedValue;

/** Where one scheduled meeting stands in its period. */
public enum ItemState implements CodedValue {
    /** Held at least as often as required (also a meeting held in a period that was not required). */
    DONE("1", "已完成"),
    /** The period is under way (or ends today) and the meeting is not yet held often enough. */
    DUE("2", "待召开"),
    /** The period has ended — its last day has passed — without enough meetings. */
    OVERDUE("3", "逾期"),
    /** Not yet due: the period, or the customary window inside it (组织生活会: Q4), has not begun. */
    UPCOMING("4", "未到期"),
    /** The organization (or party group) did not exist for the whole period. */
    NOT_REQUIRED("5", "不作要求");

    private final String code;
    private final String label;

    ItemState(String code, String label) {
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
