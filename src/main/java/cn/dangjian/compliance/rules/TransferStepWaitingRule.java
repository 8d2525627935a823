package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.transfer.TransferFacts;
import cn.dangjian.transfer.TransferFacts.WaitingStep;
import org.springframework.stereotype.Component;

/**
 * JY-09 (《中国共产党党员教育管理工作条例》第二十五条): a member's transfer may not be refused without cause, and until
 * it is accepted the member hangs between two organizations. A step that has waited past its limit — an approval
 * by the organization whose turn it is, or the acceptance by the receiving organization — is
 * {@link Severity#OVERDUE} on that organization, one finding per transfer (subject = its id), dated from the day
 * after the due day (the due day itself is within the limit). The limit is the transfer module's parameter
 * {@code transfer.step-days} (no national number; default 15 days), applied by it for the waiting organization;
 * the finding closes when the step is taken, either way.
 */
@Component
class TransferStepWaitingRule extends TransferRule {

    static final String STEP_DAYS = "transfer.step-days";

    TransferStepWaitingRule() {
        super("transfer-waiting", "JY-09", EDUCATION_RULES + "第二十五条", "组织关系转接不在一个环节久拖不办");
    }

    @Override
    public List<String> reads() {
        return List.of(STEP_DAYS);
    }

    @Override
    public String attentionReason(int count) {
        return "组织关系转接逾期未办" + count + "件";
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        LocalDate today = context.today();
        return facts.get(TransferFacts.class).waiting().stream()
                .filter(w -> w.dueOn().isBefore(today))
                .map(w -> finding(w, today))
                .toList();
    }

    private FindingDraft finding(WaitingStep w, LocalDate today) {
        String message = w.memberName() + "的组织关系转接（" + w.fromOrgName() + "转出）待本组织" + w.step() + "，应于" + w.dueOn()
                + "前办理，已逾期" + cite("不得无故拒绝接收，接收前由原党组织负责管理");
        return new FindingDraft(String.valueOf(w.transferId()), Severity.OVERDUE, message, w.dueOn(),
                facts("党员", w.memberName(), "转出党组织", w.fromOrgName(), "待办环节", w.step(), "送达本环节", w.since(),
                        "办理时限", w.days() + "天（规则参数）", "应办日期", w.dueOn() + "前",
                        "已逾期", ChronoUnit.DAYS.between(w.dueOn(), today) + "天"),
                transferPage(w.transferId()), w.dueOn().plusDays(1));
    }
}
