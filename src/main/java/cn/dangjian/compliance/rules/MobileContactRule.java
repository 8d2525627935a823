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
import cn.dangjian.transfer.TransferFacts.MobileAway;
import org.springframework.stereotype.Component;

/**
 * ZJ-09 (《关于加强和改进流动党员管理工作的意见》, 2024) and JY-14 (《中国共产党党员教育管理工作条例》第三十四条): the
 * branch holding a 流动党员's relationship keeps in touch at least every 6 months. The next contact is due 6 months
 * after the last one, or after the member left; in the last {@value #REMINDER_DAYS} days before that it is
 * {@link Severity#DUE}, after it {@link Severity#OVERDUE}. One finding per entry (subject = {@code mobile-} and its
 * id) on the holding branch; a contact recorded on either side, or the end of the entry, closes it.
 */
@Component
class MobileContactRule extends TransferRule {

    static final int REMINDER_DAYS = 30;

    MobileContactRule() {
        super("mobile-contact", "ZJ-09", "《关于加强和改进流动党员管理工作的意见》", "流动党员超过6个月未联系");
    }

    @Override
    public String attentionReason(int count) {
        return "流动党员待联系" + count + "人";
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        LocalDate today = context.today();
        List<FindingDraft> found = new ArrayList<>();
        for (MobileAway m : facts.get(TransferFacts.class).away()) {
            boolean late = today.isAfter(m.contactDue());
            if (!late && today.isBefore(m.contactDue().minusDays(REMINDER_DAYS))) {
                continue;
            }
            String last = m.lastContact() == null ? "自" + m.since() + "外出后尚未联系" : "上次联系为" + m.lastContact();
            String what = late ? "，已超过6个月未联系（应于" + m.contactDue() + "前联系，已逾期"
                    + ChronoUnit.DAYS.between(m.contactDue(), today) + "天）" : "，请于" + m.contactDue() + "前联系";
            found.add(new FindingDraft("mobile-" + m.entryId(), late ? Severity.OVERDUE : Severity.DUE,
                    "流动党员" + m.memberName() + "（外出至" + m.destination() + "）" + last + what
                            + cite("流出地党组织至少每6个月与流动党员联系一次，了解其参加组织生活等情况"),
                    m.contactDue(), facts("党员", m.memberName(), "外出地点", m.destination(), "外出日期", m.since(),
                    "上次联系", m.lastContact() == null ? "无" : m.lastContact(), "应联系日期", m.contactDue()),
                    mobilePage(m.entryId()), late ? m.contactDue().plusDays(1) : m.contactDue().minusDays(REMINDER_DAYS)));
        }
        return found;
    }
}
