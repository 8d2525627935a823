package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.duty.DutyFacts;
import cn.dangjian.duty.DutyFacts.OpenPart;
import org.springframework.stereotype.Component;

/**
 * DB-01: a supervised task assigned to an organization is on its to-do list from the day it was assigned
 * ({@link Severity#DUE}) until it reports, and {@link Severity#OVERDUE} from the day after its deadline — the one
 * an approved extension moved. One finding per part (subject = its id); it closes when the part is reported.
 */
@Component
class TaskDueRule extends DutyRule {

    TaskDueRule() {
        super("task-due", "DB-01", "督办事项待办理或逾期未反馈");
    }

    @Override
    public String attentionReason(int count) {
        return "督办事项未按期反馈" + count + "项";
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        LocalDate today = context.today();
        List<FindingDraft> found = new ArrayList<>();
        for (OpenPart p : facts.get(DutyFacts.class).assigned()) {
            boolean overdue = today.isAfter(p.deadline());
            String what = overdue ? "办理期限" + p.deadline() + "已过" + ChronoUnit.DAYS.between(p.deadline(), today)
                    + "天，尚未反馈" : "请于" + p.deadline() + "前办理并反馈";
            String message = p.issuerName() + "交办的督办事项「" + p.title() + "」（" + p.number() + "）" + what
                    + (p.lastRemindedOn() == null ? "" : "，" + p.lastRemindedOn() + "已催办")
                    + cite("承办单位按期办理并反馈，确需延期的在期限届满前申请");
            found.add(new FindingDraft(String.valueOf(p.assignmentId()), overdue ? Severity.OVERDUE : Severity.DUE,
                    message, p.deadline(), facts("督办事项", p.title(), "编号", p.number(), "交办", p.issuerName(),
                    "交办日期", p.since(), "办理期限", p.deadline(),
                    "延期申请", p.extensionUntil() == null ? "无" : "申请延至" + p.extensionUntil(),
                    "最近催办", p.lastRemindedOn() == null ? "无" : p.lastRemindedOn()),
                    taskPage(p.taskId()), overdue ? p.deadline().plusDays(1) : p.since()));
        }
        return found;
    }
}
