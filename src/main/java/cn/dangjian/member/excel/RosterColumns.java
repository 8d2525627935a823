package cn.dangjian.member.excel;

import java.util.List;

import cn.dangjian.shared.TextKind;

/** The roster sheet's columns and their Chinese headers, in order: the template, the reader and the export share them. */
public enum RosterColumns {
    NAME("姓名", true, "必填"),
    GENDER("性别", false, "男/女；可不填，按身份证号判断"),
    ETHNICITY("民族", true, "如：汉族"),
    CITIZEN_ID("身份证号", true, "18位公民身份号码，请将单元格设为文本格式；用于识别同一人，重复导入只会更新"),
    BIRTH_DATE("出生日期", false, "可不填，按身份证号判断"),
    NATIVE_PLACE("籍贯", false, "如：四川成都"),
    EDUCATION("学历", false, "如：大学本科、硕士研究生"),
    DEGREE("学位", false, "博士/硕士/学士/无"),
    OCCUPATION("职业", false, ""),
    UNIT("工作单位", false, "须与系统中单位名称完全一致"),
    POSITION("职务", false, ""),
    PHONE("联系电话", false, "11位手机号或带区号的固定电话"),
    APPLIED_ON("申请入党日期", false, "日期格式：2010-07-01、2010/7/1、2010.7.1 或 20100701"),
    JOINED_ON("入党日期", true, "日期格式同上"),
    CONFIRMED_ON("转正日期", false, "正式党员必填，预备党员不填"),
    KIND("人员类别", true, "正式党员/预备党员"),
    ORG("所在党组织", true, "须与系统中党组织名称完全一致，且在您的管理范围内"),
    PARTY_GROUP("所在党小组", false, "所在党组织下设的党小组名称"),
    LEADING_CADRE("党员领导干部", false, "是/否，不填为否"),
    MOBILE("流动党员", false, "是/否，不填为否"),
    LOST_CONTACT("失联党员", false, "是/否，不填为否");

    private final String header;
    private final boolean required;
    private final String hint;

    RosterColumns(String header, boolean required, String hint) {
        this.header = header;
        this.required = required;
        this.hint = hint;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public String hint() {
        return hint;
    }

    /** The kind of text a cell of this column may hold: its length limit and the characters it may contain. */
    public TextKind kind() {
        return switch (this) {
            case NAME -> TextKind.PERSON_NAME;
            case PHONE -> TextKind.PHONE;
            default -> TextKind.SHORT_TEXT;
        };
    }

    /** The headers in sheet order. */
    public static List<String> headers() {
        return java.util.Arrays.stream(values()).map(RosterColumns::header).toList();
    }

    /** The column with this header (a leading “*” and surrounding spaces are ignored), or null. */
    public static RosterColumns byHeader(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.startsWith("*")) {
            t = t.substring(1).strip();
        }
        for (RosterColumns c : values()) {
            if (c.header.equals(t)) {
                return c;
            }
        }
        return null;
    }
}
