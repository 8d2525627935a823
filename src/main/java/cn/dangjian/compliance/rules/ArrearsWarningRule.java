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
 * DF-13 (第十三条), before the 6 months: a member whose unbroken run of unpaid months ending with last month has
 * reached the parameter {@value DuesRule#ARREARS_WARNING_MONTHS} (declared by the dues module, default 3) but not
 * 6 is {@link Severity#DUE}, one per member (subject = member id): the branch reminds them in time. Its deadline is
 * the last day of the 6th month of the run — paid by then, the run never reaches 6. From 6 months on it is
 * {@link DuesLapseRule}'s. It closes when the member pays last month.
 */
@Component
class ArrearsWarningRule extends DuesRule {

    ArrearsWarningRule() {
        super("arrears-warning", "DF-13", DUES_RULES + "第十三条", "党员连续欠交党费，应及时提醒督促");
    }

    @Override
    public List<String> reads() {
        return List.of(ARREARS_WARNING_MONTHS);
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        int warning = context.parameters().whole(ARREARS_WARNING_MONTHS);
        YearMonth current = YearMonth.from(context.today());
        return facts.get(DuesFacts.class).arrears().stream()
                .filter(a -> a.consecutive() >= warning && a.consecutive() < LAPSE_MONTHS)
                .map(a -> finding(a, current, warning))
                .toList();
    }

    private FindingDraft finding(MemberArrears a, YearMonth current, int warning) {
        YearMonth first = current.minusMonths(a.consecutive());
        String run = months(first, current.minusMonths(1));
        int left = LAPSE_MONTHS - a.consecutive();
        String message = "党员" + a.name() + "已连续" + a.consecutive() + "个月未交纳党费（" + run + "），再欠" + left
                + "个月即满" + LAPSE_MONTHS + "个月，请党支部及时提醒督促" + cite("党员无正当理由，连续6个月不交纳党费的，按自行脱党处理");
        return new FindingDraft(String.valueOf(a.memberId()), Severity.DUE, message,
                first.plusMonths(LAPSE_MONTHS - 1).atEndOfMonth(),
                facts("党员", a.name(), "连续未交", a.consecutive() + "个月", "连续未交月份", run,
                        "欠交金额（全部未交月份）", a.owed() + "元", "提醒月数", warning + "个月（规则参数）"),
                duesMemberPage(a.memberId()), first.plusMonths(warning).atDay(1));
    }
}
