package cn.dangjian.duty;

import cn.dangjian.shared.CodedValue;

/** Where a supervised task comes from (DB-01 立项). */
public enum TaskSource implements CodedValue {
    HIGHER_DECISION("1", "上级决策部署"),
    MEETING_DECISION("2", "会议决定事项"),
    INSTRUCTION("3", "领导批示"),
    ASSIGNED_BY_HIGHER("4", "上级交办"),
    FINDING("5", "检查发现的问题"),
    OTHER("9", "其他");

    private final String code;
    private final String label;

    TaskSource(String code, String label) {
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
