package cn.dangjian.compliance.rules;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.dues.DuesFacts;
import cn.dangjian.dues.DuesFacts.MemberArrears;
import org.springframework.stereotype.Component;

/**
 * DF-12 (第十二条): 补交 is generally within 6 months. A member on the roll with a month still unpaid more than 6
 * months before this month (2026-01 counts from 2026-08 on: 7 months) is an {@link Severity#ADVICE} — "一般" makes
 * it a soft limit — one per member (subject = member id), naming those months: their 补交 now needs the branch's
 * recorded consent (the dues module asks for it when the payment is recorded). It closes when those months are
 * paid. 6 months is verified (V): a constant.
 */
@Component
class BackPayWindowRule extends DuesRule {

    static final int WINDOW_MONTHS = 6;
    /** How many of the months the message names before 「等」. */
    static final int NAMED = 6;

    BackPayWindowRule() {
        super("back-pay-window", "DF-12", DUES_RULES + "第十二条", "超过6个月未交的党费，补交需经党支部同意");
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        YearMonth current = YearMonth.from(context.today());
        return facts.get(DuesFacts.class).arrears().stream()
                .filter(a -> !a.unpaid().isEmpty() && beyond(a.oldest(), current))
                .map(a -> finding(a, current))
                .toList();
    }

    static boolean beyond(YearMonth month, YearMonth current) {
        return ChronoUnit.MONTHS.between(month, current) > WINDOW_MONTHS;
    }

    private FindingDraft finding(MemberArrears a, YearMonth current) {
        List<YearMonth> old = a.unpaid().stream().filter(m -> beyond(m, current)).distinct().sorted().toList();
        String named = String.join("、", old.stream().limit(NAMED).map(DuesRule::month).toList())
                + (old.size() > NAMED ? "等" + old.size() + "个月" : "");
        String message = "党员" + a.name() + "的" + named + "党费至今未交，距今已超过" + WINDOW_MONTHS
                + "个月，补交需经党支部同意并记录" + cite("补交党费的时间一般不超过6个月");
        return new FindingDraft(String.valueOf(a.memberId()), Severity.ADVICE, message, null,
                facts("党员", a.name(), "最早未交月份", month(old.get(0)), "超过6个月未交", old.size() + "个月",
                        "欠交金额（全部未交月份）", a.owed() + "元"),
                duesMemberPage(a.memberId()), old.get(0).plusMonths(WINDOW_MONTHS + 1).atDay(1));
    }
}
