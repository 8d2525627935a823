package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.transfer.TransferFacts;
import cn.dangjian.transfer.TransferFacts.OwedReceipt;
import org.springframework.stereotype.Component;

/**
 * ZJ-04 (《关于启用新的党员组织关系介绍信的通知》, printed on the 回执): the organization that took a member in with a
 * letter from outside the platform returns the 回执 to the letter's issuer within one month — until it arrives the
 * issuer still answers for the member. From the day the member was taken in the 回执 is {@link Severity#DUE} at the
 * receiving branch; after its last day (one month later, {@code TransferDeadlines#receiptDue}) it is
 * {@link Severity#OVERDUE}. One finding per letter (subject = {@code in-} and its id); it closes when the 回执 is
 * recorded as sent.
 */
@Component
class ReceiptReplyRule extends TransferRule {

    ReceiptReplyRule() {
        super("receipt-reply", "ZJ-04", "《关于启用新的党员组织关系介绍信的通知》", "转入党员的介绍信回执逾期未寄出");
    }

    @Override
    public String attentionReason(int count) {
        return "介绍信回执待寄出" + count + "份";
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        LocalDate today = context.today();
        List<FindingDraft> found = new ArrayList<>();
        for (OwedReceipt r : facts.get(TransferFacts.class).receipts()) {
            boolean late = today.isAfter(r.dueOn());
            String what = late ? "，回执应于" + r.dueOn() + "前寄回，已逾期" + ChronoUnit.DAYS.between(r.dueOn(), today) + "天"
                    : "，请于" + r.dueOn() + "前将回执寄回";
            String message = r.memberName() + "持" + r.issuer() + "开具的介绍信（第" + r.letterNo() + "号）于" + r.receivedOn()
                    + "转入" + what + cite("回执由接收党员的基层党委在收到党员组织关系之日起一个月内，通过邮寄或传真退回党员原所在基层党委");
            found.add(new FindingDraft("in-" + r.letterId(), late ? Severity.OVERDUE : Severity.DUE, message, r.dueOn(),
                    facts("党员", r.memberName(), "开具介绍信的党组织", r.issuer(), "介绍信编号", r.letterNo(),
                            "接收日期", r.receivedOn(), "回执最迟寄出", r.dueOn()),
                    incomingLetterPage(r.letterId()), late ? r.dueOn().plusDays(1) : r.receivedOn()));
        }
        return found;
    }
}
