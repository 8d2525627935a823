package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.dues.DuesFacts;
import cn.dangjian.dues.DuesFacts.LargePayment;
import org.springframework.stereotype.Component;

/**
 * DF-21 (第十一条, with DF-11): a voluntary payment of 1000元 or more in one go goes entirely to the 中央, forwarded
 * through the 基层党委. How soon is local: the dues module sets each payment's forwarding day from its parameter
 * {@value DuesRule#FORWARD_DAYS} (default 30 days). A payment not forwarded once that day has passed (the day itself
 * is still within it) is {@link Severity#OVERDUE}, one per payment (subject = its id), on the organization the member
 * paid at, dated from the day after. It closes when the forwarding is recorded.
 */
@Component
class LargePaymentForwardRule extends DuesRule {

    LargePaymentForwardRule() {
        super("large-payment-forward", "DF-21", DUES_RULES + "第十一条", "一次自愿多交1000元以上的党费按期转交中央");
    }

    @Override
    public List<String> reads() {
        return List.of(FORWARD_DAYS);
    }

    @Override
    public String attentionReason(int count) {
        return "大额自愿党费未转交" + count + "笔";
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        LocalDate today = context.today();
        return facts.get(DuesFacts.class).largePayments().stream()
                .filter(p -> p.forwardedOn() == null && p.forwardBy().isBefore(today))
                .map(p -> finding(p, facts, today))
                .toList();
    }

    private FindingDraft finding(LargePayment p, OrgFacts facts, LocalDate today) {
        String name = p.name() == null || p.name().isBlank() ? "党员" : "党员" + p.name();
        String message = name + "于" + p.paidOn() + "一次自愿多交党费" + p.amount() + "元，应全部上缴中央，至今未转交（应于"
                + p.forwardBy() + "前转交）" + cite("一次自愿多交纳党费1000元以上的，全部上缴中央");
        return new FindingDraft(String.valueOf(p.id()), Severity.OVERDUE, message, p.forwardBy(),
                facts("党员", p.name(), "金额", p.amount() + "元", "交纳日期", p.paidOn(), "应转交日期", p.forwardBy() + "前",
                        "已逾期", ChronoUnit.DAYS.between(p.forwardBy(), today) + "天"),
                "/dues/voluntary?orgId=" + facts.org().id(), p.forwardBy().plusDays(1));
    }
}
