package cn.dangjian.dues;

import cn.dangjian.shared.CodedValue;
import cn.dangjian.shared.Fen;

/**
 * 人员类别 for the annual 核定: which income is the base and which rule sets the amount (DF-01…DF-06 of
 * 《关于中国共产党党费收缴、使用和管理的规定》). Salaried kinds and annual-salary earners pay a flat rate chosen by
 * bracket on the whole after-tax monthly income (DF-02/DF-03); members without a monthly wage on the previous
 * quarter's average monthly net income (DF-04); retirees on the whole pension (DF-05); farmers a fixed amount
 * between 0.2 and 1 元, the other groups of DF-06 0.2 元.
 */
public enum DuesCategory implements CodedValue {
    CIVIL_SERVANT("11", "在职：机关公务员", Basis.SALARY, "DF-01", "第一条", "职务工资、级别工资、津贴补贴（税后）"),
    ORGAN_WORKER("12", "在职：机关工人", Basis.SALARY, "DF-01", "第一条", "岗位工资、技术等级（职务）工资、津贴补贴（税后）"),
    INSTITUTION("13", "在职：事业单位", Basis.SALARY, "DF-01", "第一条", "岗位工资、薪级工资、绩效工资、津贴补贴（税后）"),
    ENTERPRISE("14", "在职：企业", Basis.SALARY, "DF-01", "第一条", "基本工资（岗位工资）和奖金等（税后）"),
    ANNUAL_SALARY("21", "年薪制人员", Basis.SALARY, "DF-03", "第三条", "当月实际领取的薪酬（税后）"),
    NO_FIXED_INCOME("22", "无固定工资收入（个体、自由职业等）", Basis.SALARY, "DF-04", "第四条", "上一季度月平均纯收入（税后）"),
    RETIRED("31", "离退休人员", Basis.PENSION, "DF-05", "第五条", "实际领取的离退休费总额"),
    FARMER("41", "农民", Basis.FARMER, "DF-06", "第六条", null),
    STUDENT("51", "学生", Basis.FIXED, "DF-06", "第六条", null),
    UNEMPLOYED("52", "下岗失业人员", Basis.FIXED, "DF-06", "第六条", null),
    RELIEF("53", "依靠抚恤或救济生活", Basis.FIXED, "DF-06", "第六条", null),
    SUBSISTENCE("54", "领取最低生活保障金", Basis.FIXED, "DF-06", "第六条", null);

    /** The title every citation starts with. */
    public static final String REGULATION = "《关于中国共产党党费收缴、使用和管理的规定》";
    /** DF-06: the fixed amount for students and the other groups, and the farmers' range. */
    public static final Fen FIXED_AMOUNT = Fen.of(20);
    public static final Fen FARMER_MAX = Fen.of(100);

    private final String code;
    private final String label;
    private final Basis basis;
    private final String ruleId;
    private final String article;
    private final String baseMeaning;

    DuesCategory(String code, String label, Basis basis, String ruleId, String article, String baseMeaning) {
        this.code = code;
        this.label = label;
        this.basis = basis;
        this.ruleId = ruleId;
        this.article = article;
        this.baseMeaning = baseMeaning;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public Basis basis() {
        return basis;
    }

    /** Whether the amount is computed from a typed monthly base (salary or pension). */
    public boolean needsBase() {
        return basis == Basis.SALARY || basis == Basis.PENSION;
    }

    /** The rule that says what the base is (DF-01, DF-03, DF-04, DF-05) or the fixed amount (DF-06). */
    public String ruleId() {
        return ruleId;
    }

    public String article() {
        return REGULATION + article;
    }

    /** What the base consists of, for the form's hint and the 核定表; {@code null} for fixed amounts. */
    public String baseMeaning() {
        return baseMeaning;
    }

    /** How the amount is set. */
    public enum Basis {
        /** Rate by bracket on the after-tax monthly income (DF-02). */
        SALARY,
        /** Rate by bracket on the pension (DF-05). */
        PENSION,
        /** A fixed amount between 0.2 and 1 元 chosen by the branch (DF-06). */
        FARMER,
        /** 0.2 元 (DF-06). */
        FIXED
    }
}
