package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.transfer.TransferDeadlines;
import cn.dangjian.transfer.TransferFacts;
import org.springframework.stereotype.Component;

/**
 * JY-09 (《中国共产党党员教育管理工作条例》第二十五条) and ZJ-01, ZJ-09 (应转尽转): a member who has gone to a relatively
 * fixed place for 6 months or more transfers the relationship there. A 流动党员 registered as at a fixed place is
 * {@link Severity#DUE} on the holding branch from the day the absence reaches 6 months
 * ({@link TransferDeadlines#awayLongEnoughToTransfer}) until the relationship moves or the entry ends. Members whose
 * place is not fixed stay 流动党员 (the contact rule follows them). One finding per entry (subject =
 * {@code mobile-} and its id).
 */
@Component
class MobileTransferRule extends TransferRule {

    MobileTransferRule() {
        super("mobile-transfer", "JY-09", EDUCATION_RULES + "第二十五条", "外出到相对固定地点满6个月未转接组织关系");
    }

    @Override
    public String attentionReason(int count) {
        return "应转接组织关系的流动党员" + count + "人";
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        LocalDate today = context.today();
        return facts.get(TransferFacts.class).away().stream()
                .filter(m -> m.fixedPlace() && TransferDeadlines.awayLongEnoughToTransfer(m.since(), today))
                .map(m -> new FindingDraft("mobile-" + m.entryId(), Severity.DUE, "党员" + m.memberName() + "自"
                        + m.since() + "外出至" + m.destination() + "（相对固定）已满" + TransferDeadlines.AWAY_MONTHS
                        + "个月，应将组织关系转至所在地党组织" + cite("外出到相对固定地点6个月以上的，应转移组织关系"),
                        null, facts("党员", m.memberName(), "外出地点", m.destination(), "外出日期", m.since(),
                        "满6个月", m.since().plusMonths(TransferDeadlines.AWAY_MONTHS)),
                        mobilePage(m.entryId()), m.since().plusMonths(TransferDeadlines.AWAY_MONTHS)))
                .toList();
    }
}
