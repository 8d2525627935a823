package cn.dangjian.recruitment.internal;

import java.util.ArrayList;
import java.util.List;

import cn.dangjian.recruitment.OpenCase;
import cn.dangjian.recruitment.RecordStep;
import cn.dangjian.shared.Counts;
import cn.dangjian.shared.DateKind;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.TextKind;

/**
 * The typed parts of a case and of its steps, cleaned and bounded before the 细则 are asked about order and
 * windows: names, notes and explanations by their kind, dates not before 1921, training days and hours and
 * months within what a step can have.
 */
public final class CaseInput {

    /** Training (FZ-11): a few days or hours; no course lasts more than a year. */
    static final int MAX_TRAINING_DAYS = 366;
    static final int MAX_TRAINING_HOURS = 2_000;
    /** A probation extension (≤ 12) or a 转入 postponement (≤ 6). */
    static final int MAX_MONTHS = 12;

    private CaseInput() {
    }

    /** The application as it is stored; problems found are added. */
    public static OpenCase application(OpenCase cmd, List<FieldProblem> problems) {
        String name = TextKind.PERSON_NAME.required("name", "姓名", cmd.name(), problems);
        String position = TextKind.SHORT_TEXT.optional("position", "职务", cmd.position(), problems);
        String phone = TextKind.PHONE.optional("phone", "联系电话", cmd.phone(), problems);
        String note = TextKind.LONG_TEXT.optional("note", "备注", cmd.note(), problems);
        DateKind.PARTY_EVENT.check("appliedOn", "申请日期", cmd.appliedOn(), problems);
        return new OpenCase(cmd.orgId(), name, cmd.citizenId(), cmd.ethnicity(), cmd.education(), cmd.unitId(),
                position, phone, cmd.appliedOn(), note);
    }

    /** The step as it is stored, or an {@link InvalidInputException} naming every field refused. */
    public static RecordStep step(RecordStep step) {
        List<FieldProblem> problems = new ArrayList<>();
        String other = TextKind.SHORT_TEXT.optional("otherPerson", "谈话人或办理人", step.otherPerson(), problems);
        String note = TextKind.LONG_TEXT.optional("note", "备注", step.note(), problems);
        String justification = TextKind.LONG_TEXT.optional("justification", "情况说明", step.justification(), problems);
        DateKind.PARTY_EVENT.check("on", "日期", step.on(), problems);
        DateKind.PARTY_EVENT.check("until", "截止日期", step.until(), problems);
        Counts.within("days", "培训天数", step.days(), MAX_TRAINING_DAYS, "一年的天数", problems);
        Counts.within("hours", "培训学时", step.hours(), MAX_TRAINING_HOURS, "学时上限", problems);
        Counts.within("months", "月数", step.months(), MAX_MONTHS, "预备期最长延长的月数", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RecordStep(step.kind(), step.on(), step.until(), step.memberIds(), other, step.days(), step.hours(),
                step.months(), step.result(), note, justification);
    }
}
