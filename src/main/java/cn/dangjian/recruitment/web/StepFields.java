package cn.dangjian.recruitment.web;

import java.util.List;

import cn.dangjian.recruitment.StepKind;
import cn.dangjian.recruitment.StepResult;

/**
 * The inputs one step asks for and what they are called for it (see {@link cn.dangjian.recruitment.RecordStep}):
 * the case page shows only these, so a secretary is never asked for what the step does not need. A {@code null}
 * label means the input is not shown; {@code people} is how many member pickers (谈话人, 培养联系人, 入党介绍人).
 */
record StepFields(StepKind kind, String onLabel, String untilLabel, String peopleLabel, int people,
                  String otherPersonLabel, boolean training, String monthsLabel, String resultLabel,
                  List<StepResult> results, String noteLabel, String hint) {

    private static final List<StepResult> PASS_OR_FAIL = List.of(StepResult.PASSED, StepResult.NOT_PASSED);

    static StepFields of(StepKind kind) {
        return switch (kind) {
            case APPLICATION_TALK -> dated(kind, "谈话日期", "谈话情况", "收到入党申请书后一个月内派人谈话")
                    .withPeople("谈话人", 2);
            case ACTIVIST_DESIGNATION -> new StepFields(kind, "确定日期", "报上级党委备案日期", null, 0, null, false, null,
                    null, List.of(), "推荐和支委会研究情况", "经党员推荐、群团组织推优，支委会研究确定，报上级党委备案");
            case MENTORS -> dated(kind, "指定日期", "备注", "1至2名正式党员").withPeople("培养联系人", 2);
            case ASSESSMENT -> dated(kind, "考察日期", "考察意见", "入党积极分子每半年考察一次");
            case PUBLIC_NOTICE -> new StepFields(kind, "公示开始日期", "公示截止日期", null, 0, null, false, null, "公示结果",
                    PASS_OR_FAIL, "公示范围和反映情况", "公示期不少于5个工作日（法定节假日不计）；公示中反映的问题影响发展的，选“未通过”");
            case CANDIDATE_DESIGNATION -> dated(kind, "确定日期", "听取意见和支委会讨论情况",
                    "经一年以上培养考察、公示无异议后，支委会讨论并报上级党委同意");
            case SPONSORS -> dated(kind, "确定日期", "备注", "2名正式党员，一般由培养联系人担任").withPeople("入党介绍人", 2);
            case POLITICAL_REVIEW -> dated(kind, "政审结论日期", "政审情况", "未经政治审查或政治审查不合格的，不能发展入党")
                    .withResults("政审结论", PASS_OR_FAIL);
            case TRAINING -> new StepFields(kind, "培训开始日期", "培训结束日期", null, 0, null, true, null, null, List.of(),
                    "培训单位和内容", "集中培训一般不少于3天或24个学时");
            case PRE_REVIEW -> dated(kind, "预审日期", "预审意见", "由具有审批权限的党委预审，合格的发放《入党志愿书》")
                    .withResults("预审结果", PASS_OR_FAIL);
            case APPROVAL_TALK -> new StepFields(kind, "谈话日期", null, null, 0, "谈话人（党委委员或组织员）", false, null,
                    null, List.of(), "谈话情况", "党委审批前，指派党委委员或组织员同发展对象谈话");
            case ADMISSION_APPROVAL -> dated(kind, "审批日期", "审批意见", "党委集体讨论、逐个表决；决议后三个月内审批，最长不超过六个月")
                    .withResults("审批结果", PASS_OR_FAIL);
            case OATH -> dated(kind, "宣誓日期", "备注", "党委审批后一般一个月内面向党旗宣誓");
            case TRANSFER_POSTPONEMENT -> new StepFields(kind, "决定日期", null, null, 0, null, false, "推迟月数", null,
                    List.of(), "转入情况", "转入的预备党员推迟讨论转正合计不超过6个月");
            case CONFIRMATION_APPLICATION -> dated(kind, "申请日期", "备注", "预备期满，本人提出书面转正申请");
            case CONFIRMATION_APPROVAL -> new StepFields(kind, "审批日期", null, null, 0, null, false,
                    "延长月数（延长预备期时填写）", "审批结果",
                    List.of(StepResult.CONFIRM, StepResult.EXTEND, StepResult.CANCEL, StepResult.NOT_PASSED),
                    "审批意见", "支部党员大会讨论转正后三个月内审批");
            case APPLICATION, ADMISSION_ASSEMBLY, CONFIRMATION_ASSEMBLY -> dated(kind, "日期", "备注", null);
        };
    }

    private static StepFields dated(StepKind kind, String onLabel, String noteLabel, String hint) {
        return new StepFields(kind, onLabel, null, null, 0, null, false, null, null, List.of(), noteLabel, hint);
    }

    private StepFields withPeople(String label, int count) {
        return new StepFields(kind, onLabel, untilLabel, label, count, otherPersonLabel, training, monthsLabel,
                resultLabel, results, noteLabel, hint);
    }

    private StepFields withResults(String label, List<StepResult> choices) {
        return new StepFields(kind, onLabel, untilLabel, peopleLabel, people, otherPersonLabel, training, monthsLabel,
                label, choices, noteLabel, hint);
    }

    /** The rule the step follows, as users see it cited. */
    public String citation() {
        return kind.citation();
    }
}
