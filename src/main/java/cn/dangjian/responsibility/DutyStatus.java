package cn.dangjian.responsibility;

import cn.dangjian.shared.CodedValue;

/**
 * A duty's status for one organization, from the records: what the findings of its evidence say this year, or —
 * for a duty no platform record evidences — whether the organization has stated how it was carried out.
 */
public enum DutyStatus implements CodedValue {
    OVERDUE("1", "逾期未落实", "danger"),
    DUE("2", "待办", "warning"),
    LATE("3", "本年度曾逾期", "info"),
    DONE("4", "已落实", "success"),
    CLEAR("7", "无到期事项", "light"),
    STATED("5", "已书面说明", "secondary"),
    NOT_EVIDENCED("6", "平台无相应记录", "light");

    private final String code;
    private final String label;
    private final String tone;

    DutyStatus(String code, String label, String tone) {
        this.code = code;
        this.label = label;
        this.tone = tone;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** The badge colour the pages use. */
    public String tone() {
        return tone;
    }
}
