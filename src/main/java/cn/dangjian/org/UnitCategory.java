package cn.dangjian.org;

import cn.dangjian.shared.CodedValue;

/** 单位类别 — the organs the 机关基层组织工作条例 covers (JG-16) and units attached to them. */
public enum UnitCategory implements CodedValue {
    PARTY_ORGAN("1", "党的机关"),
    PEOPLES_CONGRESS("2", "人大机关"),
    ADMINISTRATIVE("3", "行政机关"),
    CPPCC("4", "政协机关"),
    SUPERVISORY("5", "监察机关"),
    JUDICIAL("6", "审判机关"),
    PROCURATORIAL("7", "检察机关"),
    MASS_ORGANIZATION("8", "群团机关"),
    PUBLIC_INSTITUTION("9", "事业单位");

    private final String code;
    private final String label;

    UnitCategory(String code, String label) {
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
