package cn.dangjian.duty;

import cn.dangjian.shared.CodedValue;

/**
 * What a task asks an assignee to report that the platform already holds (DB-03: 最多报一次): the figures are
 * generated from the records of the assignee's subtree for the task's period when it reports, never typed.
 */
public enum TaskData implements CodedValue {
    NONE("0", "不需报送平台数据"),
    MEETINGS("1", "组织生活开展情况（三会一课等）"),
    DUES("2", "党费收缴情况");

    private final String code;
    private final String label;

    TaskData(String code, String label) {
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
