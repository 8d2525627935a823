package cn.dangjian.recruitment;

import cn.dangjian.shared.CodedValue;

/**
 * The steps of a recruitment case, in the order of the 细则, each with the stage it belongs to and the
 * catalogue rule and article that govern it. {@link #advancesTo()} is the stage a passed step moves the case
 * into; assessments and the transferred-in postponement may be recorded more than once.
 */
public enum StepKind implements CodedValue {
    APPLICATION("01", "递交入党申请书", Stage.APPLICANT, null, "FZ-01", "第五、六条"),
    APPLICATION_TALK("02", "派人同入党申请人谈话", Stage.APPLICANT, null, "FZ-03", "第七条"),
    ACTIVIST_DESIGNATION("03", "确定为入党积极分子并报上级党委备案", Stage.APPLICANT, Stage.ACTIVIST, "FZ-04", "第八条"),
    MENTORS("04", "指定培养联系人", Stage.ACTIVIST, null, "FZ-05", "第九条"),
    ASSESSMENT("05", "培养教育考察（每半年一次）", Stage.ACTIVIST, null, "FZ-06", "第十一条"),
    PUBLIC_NOTICE("06", "发展对象公示", Stage.ACTIVIST, null, "FZ-08", "第十三条"),
    CANDIDATE_DESIGNATION("07", "确定为发展对象并报上级党委同意", Stage.ACTIVIST, Stage.CANDIDATE, "FZ-08", "第十三条"),
    SPONSORS("08", "确定入党介绍人", Stage.CANDIDATE, null, "FZ-09", "第十四条"),
    POLITICAL_REVIEW("09", "政治审查", Stage.CANDIDATE, null, "FZ-10", "第十六条"),
    TRAINING("10", "短期集中培训", Stage.CANDIDATE, null, "FZ-11", "第十七条"),
    PRE_REVIEW("11", "上级党委预审", Stage.CANDIDATE, null, "FZ-12", "第十八条"),
    ADMISSION_ASSEMBLY("12", "支部党员大会讨论接收预备党员", Stage.CANDIDATE, null, "FZ-13", "第十九、二十、二十一条"),
    APPROVAL_TALK("13", "上级党委派人谈话", Stage.CANDIDATE, null, "FZ-17", "第二十三条"),
    ADMISSION_APPROVAL("14", "上级党委审批", Stage.CANDIDATE, Stage.PROBATIONARY, "FZ-19", "第二十二、二十四、二十五条"),
    OATH("15", "入党宣誓", Stage.PROBATIONARY, null, "FZ-20", "第二十九条"),
    TRANSFER_POSTPONEMENT("16", "转入预备党员推迟讨论转正", Stage.PROBATIONARY, null, "FZ-25", "第三十五条"),
    CONFIRMATION_APPLICATION("17", "提出书面转正申请", Stage.PROBATIONARY, null, "FZ-23", "第三十二条"),
    CONFIRMATION_ASSEMBLY("18", "支部党员大会讨论转正", Stage.PROBATIONARY, null, "FZ-22", "第三十一、三十二条"),
    CONFIRMATION_APPROVAL("19", "上级党委审批转正", Stage.PROBATIONARY, Stage.FULL, "FZ-24", "第三十三条");

    private final String code;
    private final String label;
    private final Stage stage;
    private final Stage advancesTo;
    private final String ruleId;
    private final String article;

    StepKind(String code, String label, Stage stage, Stage advancesTo, String ruleId, String article) {
        this.code = code;
        this.label = label;
        this.stage = stage;
        this.advancesTo = advancesTo;
        this.ruleId = ruleId;
        this.article = article;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** The stage the case is in when this step is taken. */
    public Stage stage() {
        return stage;
    }

    /** The stage a passed step moves the case to, or {@code null}. */
    public Stage advancesTo() {
        return advancesTo;
    }

    public String ruleId() {
        return ruleId;
    }

    /** "FZ-03，《中国共产党发展党员工作细则》第七条" — how the step's rule is cited to users. */
    public String citation() {
        return ruleId + "，《中国共产党发展党员工作细则》" + article;
    }

    /** Steps that may be recorded more than once. */
    public boolean repeatable() {
        return this == ASSESSMENT || this == TRANSFER_POSTPONEMENT || this == PUBLIC_NOTICE
                || this == CONFIRMATION_APPLICATION || this == CONFIRMATION_ASSEMBLY || this == CONFIRMATION_APPROVAL;
    }

    /** Steps decided by the branch assembly's vote, recorded as a 支部党员大会 in organizational life. */
    public boolean assembly() {
        return this == ADMISSION_ASSEMBLY || this == CONFIRMATION_ASSEMBLY;
    }

    /** Steps taken by the higher 党委, recorded by someone whose scope covers it. */
    public boolean byApprovingBody() {
        return this == PRE_REVIEW || this == APPROVAL_TALK || this == ADMISSION_APPROVAL || this == CONFIRMATION_APPROVAL;
    }
}
