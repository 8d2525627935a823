package cn.dangjian.shared;

/** 学位. */
public enum Degree implements CodedValue {
    DOCTOR("2", "博士"),
    MASTER("3", "硕士"),
    BACHELOR("4", "学士"),
    NONE("9", "无");

    private final String code;
    private final String label;

    Degree(String code, String label) {
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
