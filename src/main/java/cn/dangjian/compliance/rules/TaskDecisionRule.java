package cn.dangjian.compliance.rules;

import java.util.ArrayList;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.duty.DutyFacts;
import cn.dangjian.duty.DutyFacts.AwaitingDecision;
import org.springframework.stereotype.Component;

/**
 * DB-04 (and DB-01 延期): a report on a task this organization issued waits for it to review and close (对账销号) or
 * return, and an extension request waits to be granted or refused. {@link Severity#DUE} from the day it arrived;
 * one finding per part (subject = its id), closed when the issuer decides.
 */
@Component
class TaskDecisionRule extends DutyRule {

    TaskDecisionRule() {
        super("task-decision", "DB-04", "督办事项反馈或延期申请待审核");
    }

    @Override
    public String attentionReason(int count) {
        return "督办事项待审核" + count + "项";
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        List<FindingDraft> found = new ArrayList<>();
        for (AwaitingDecision d : facts.get(DutyFacts.class).toDecide()) {
            String what = d.report() ? "已反馈办理情况，请审核后销号或退回" : "申请延期，请审核";
            found.add(new FindingDraft(String.valueOf(d.assignmentId()), Severity.DUE, d.orgName() + "承办的督办事项「"
                    + d.title() + "」（" + d.number() + "）" + what + cite("审核反馈后对账销号，记录销号人、日期和依据"),
                    d.since(), facts("督办事项", d.title(), "编号", d.number(), "承办", d.orgName(),
                    d.report() ? "反馈日期" : "申请日期", d.since()), taskPage(d.taskId()), d.since()));
        }
        return found;
    }
}
