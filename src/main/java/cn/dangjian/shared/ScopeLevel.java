package cn.dangjian.shared;

/** 数据范围 — the data-scope levels Party affairs systems use. */
public enum ScopeLevel implements CodedValue {
    ALL("1", "全部"),
    SUBTREE("2", "本级及下级"),
    ORG_ONLY("3", "本级"),
    CUSTOM("4", "自定义"),
    SELF("5", "仅本人");

    private final String code;
    private final String label;

    ScopeLevel(String code, String label) {
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
