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
import cn.dangjian.transfer.TransferFacts.UnansweredLetter;
import org.springframework.stereotype.Component;

/**
 * ZJ-04, ZJ-05 (《关于启用新的党员组织关系介绍信的通知》): until the 回执 comes back the sending organization is still
 * responsible for the member, and the receiving 基层党委 returns it within one month of taking the member in. A
 * letter out of the platform whose validity has passed with no 回执 is {@link Severity#DUE} on the sending branch —
 * find out whether the member reported, reissue if the letter was lost or expired — from the day after its last
 * valid day; once a month has passed since then (the latest a member who reported in time can have been taken in)
 * it is {@link Severity#OVERDUE}. One finding per transfer (subject = its id); it closes when the 回执 is recorded
 * or the letter is reissued with a new validity.
 */
@Component
class LetterReceiptRule extends TransferRule {

    LetterReceiptRule() {
        super("letter-receipt", "ZJ-04", "《关于启用新的党员组织关系介绍信的通知》", "转出平台外的介绍信过期或回执逾期未收回");
    }

    @Override
    public String attentionReason(int count) {
        return "介绍信回执未收回" + count + "份";
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        LocalDate today = context.today();
        List<FindingDraft> found = new ArrayList<>();
        for (UnansweredLetter l : facts.get(TransferFacts.class).letters()) {
            if (l.receiptExpectedBy().isBefore(today)) {
                found.add(finding(l, Severity.OVERDUE, "回执应于" + l.receiptExpectedBy() + "前寄回，至今未收到",
                        l.receiptExpectedBy(), today));
            } else if (l.validThrough().isBefore(today)) {
                found.add(finding(l, Severity.DUE, "介绍信有效期至" + l.validThrough() + "，已过期，尚未收到回执，请核实党员是否已报到，"
                        + "遗失或过期的应补开", l.validThrough(), today));
            }
        }
        return found;
    }

    private FindingDraft finding(UnansweredLetter l, Severity severity, String what, LocalDate from, LocalDate today) {
        String message = l.memberName() + "的组织关系介绍信（第" + l.number() + "号，转往" + l.toName() + "）" + what
                + cite("回执由接收党员的基层党委在接收后一个月内寄回，收到回执前原党组织仍负责管理该党员");
        return new FindingDraft(String.valueOf(l.transferId()), severity, message, l.receiptExpectedBy(),
                facts("党员", l.memberName(), "介绍信编号", l.number(), "转往", l.toName(), "开具日期", l.issuedOn(),
                        "有效期至", l.validThrough(), "回执最迟应收回", l.receiptExpectedBy(),
                        "已过有效期", ChronoUnit.DAYS.between(l.validThrough(), today) + "天"),
                transferPage(l.transferId()), from.plusDays(1));
    }
}
