package cn.dangjian.shared;

/** 性别 (GB/T 2261.1: 1 男, 2 女). */
public enum Gender implements CodedValue {
    MALE("1", "男"),
    FEMALE("2", "女");

    private final String code;
    private final String label;

    Gender(String code, String label) {
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
