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
import cn.dangjian.duty.DutyFacts.OpenItem;
import org.springframework.stereotype.Component;

/**
 * ZG-03 (照单整改、对账销号): a rectification item not fixed is {@link Severity#DUE} in the last
 * {@value #REMINDER_DAYS} days before its deadline and {@link Severity#OVERDUE} from the day after. One finding per
 * item (subject = {@code item-} and its id); it closes when the item is reported fixed.
 */
@Component
class RectificationItemRule extends DutyRule {

    static final int REMINDER_DAYS = 7;

    RectificationItemRule() {
        super("rectification-item", "ZG-03", "巡视巡察整改通行做法", "整改事项临近或超过整改时限");
    }

    @Override
    public String attentionReason(int count) {
        return "整改事项逾期" + count + "项";
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        LocalDate today = context.today();
        List<FindingDraft> found = new ArrayList<>();
        for (OpenItem i : facts.get(DutyFacts.class).items()) {
            if (today.isBefore(i.deadline().minusDays(REMINDER_DAYS))) {
                continue;
            }
            boolean overdue = today.isAfter(i.deadline());
            String what = overdue ? "整改时限" + i.deadline() + "已过" + ChronoUnit.DAYS.between(i.deadline(), today) + "天，尚未完成"
                    : "整改时限为" + i.deadline();
            found.add(new FindingDraft("item-" + i.itemId(), overdue ? Severity.OVERDUE : Severity.DUE,
                    i.inspection() + "反馈的第" + i.position() + "个问题「" + i.problem() + "」" + what + "（责任人：" + i.owner() + "）"
                            + cite("照单整改、对账销号"), i.deadline(),
                    facts("检查", i.inspection(), "问题", i.problem(), "责任人", i.owner(), "整改时限", i.deadline()),
                    inspectionPage(i.inspectionId()), overdue ? i.deadline().plusDays(1) : i.deadline().minusDays(REMINDER_DAYS)));
        }
        return found;
    }
}
