package cn.dangjian.shared;

/** 学历 — levels of GB/T 4658-2006 as the Party member statistics group them. */
public enum EducationLevel implements CodedValue {
    DOCTORATE("11", "博士研究生"),
    MASTER("14", "硕士研究生"),
    BACHELOR("21", "大学本科"),
    JUNIOR_COLLEGE("31", "大学专科"),
    SECONDARY_VOCATIONAL("41", "中等专科"),
    HIGH_SCHOOL("61", "高中"),
    JUNIOR_HIGH("71", "初中"),
    PRIMARY("81", "小学及以下");

    private final String code;
    private final String label;

    EducationLevel(String code, String label) {
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

    /** 大专及以上, the statistics bulletin's education cut (TJ-01). */
    public boolean isCollegeOrAbove() {
        return ordinal() <= JUNIOR_COLLEGE.ordinal();
    }
}
