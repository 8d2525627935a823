package cn.dangjian.compliance.rules;

import java.time.YearMonth;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.dues.DuesFacts;
import cn.dangjian.dues.DuesFacts.MemberArrears;
import org.springframework.stereotype.Component;

/**
 * DF-13 (第十三条): a member who, without good reason, has not paid for 6 consecutive months is handled as 自行脱党;
 * the branch first criticises them and sets a deadline. A member on the roll whose unbroken run of unpaid months
 * ending with last month is 6 or longer is a {@link Severity#VIOLATION}, one per member (subject = member id), dated
 * from the first day after the 6th month ended. The platform only says so: whether there was a good reason, the
 * deadline and the 除名 procedure are the branch's (the member's status is changed on the member's page, never
 * here). It closes when the member pays last month, or leaves the roll. 6 months is verified (V): a constant.
 */
@Component
class DuesLapseRule extends DuesRule {

    DuesLapseRule() {
        super("lapse", "DF-13", DUES_RULES + "第十三条", "党员连续6个月不交纳党费");
    }

    @Override
    public String attentionReason(int count) {
        return count + "名党员连续6个月未交党费";
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        YearMonth current = YearMonth.from(context.today());
        return facts.get(DuesFacts.class).arrears().stream()
                .filter(a -> a.consecutive() >= LAPSE_MONTHS)
                .map(a -> finding(a, current))
                .toList();
    }

    private FindingDraft finding(MemberArrears a, YearMonth current) {
        YearMonth first = current.minusMonths(a.consecutive());
        String run = months(first, current.minusMonths(1));
        String message = "党员" + a.name() + "已连续" + a.consecutive() + "个月未交纳党费（" + run + "），党支部应对其批评教育、"
                + "限期交纳；限期后无正当理由仍不交纳的，由党支部按自行脱党的程序处理（本系统不会自动除名）"
                + cite("党员无正当理由，连续6个月不交纳党费的，按自行脱党处理");
        return new FindingDraft(String.valueOf(a.memberId()), Severity.VIOLATION, message, null,
                facts("党员", a.name(), "连续未交", a.consecutive() + "个月", "连续未交月份", run,
                        "欠交金额（全部未交月份）", a.owed() + "元"),
                duesMemberPage(a.memberId()), first.plusMonths(LAPSE_MONTHS).atDay(1));
    }
}
