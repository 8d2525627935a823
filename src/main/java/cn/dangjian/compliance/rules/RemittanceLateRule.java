package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.dues.DuesFacts;
import cn.dangjian.dues.DuesFacts.RemittancePeriod;
import org.springframework.stereotype.Component;

/**
 * DF-22 (第十五、十六条 and local rules): dues are handed up level by level; how often a branch remits and by when
 * are local (S), so the dues module computes each period's due day from its parameters ({@value
 * DuesRule#REMIT_CADENCE}, {@value DuesRule#REMIT_DEADLINE_DAYS}). A period since last January that ended, whose due day
 * has passed (the due day itself is still within it) and that has no remittance recorded is {@link Severity#OVERDUE},
 * one per period (subject {@code 2026-Q1}, {@code 2026-03}, {@code 2026-H1}, {@code 2026}, or {@code
 * 2026-01..2026-04} for an unaligned period), dated from the day after the due day. It closes when the remittance is
 * recorded (last year's last period, due in January, included); a period older than last year lapses, since the
 * facts no longer report it. An organization with nobody
 * on its roll (a 党委 whose members are all in its branches) has collected nothing to hand up and is left out.
 */
@Component
class RemittanceLateRule extends DuesRule {

    RemittanceLateRule() {
        super("remittance-late", "DF-22", DUES_RULES + "第十五、十六条", "党支部按期向上级党委上缴党费");
    }

    @Override
    public List<String> reads() {
        return List.of(REMIT_CADENCE, REMIT_DEADLINE_DAYS);
    }

    @Override
    public String attentionReason(int count) {
        return "党费上缴逾期" + count + "期";
    }

    @Override
    public boolean lapsed(String subject, LocalDate today) {
        // the dues facts report periods from last January on: an older one no longer reported fell out of the window
        return Integer.parseInt(subject.substring(0, 4)) < today.getYear() - 1;
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return super.appliesTo(facts) && facts.get(DuesFacts.class).onRoll() > 0;
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        LocalDate today = context.today();
        return facts.get(DuesFacts.class).remittances().stream()
                .filter(p -> p.remittedOn() == null && p.dueBy().isBefore(today))
                .map(p -> finding(p, facts, today))
                .toList();
    }

    private FindingDraft finding(RemittancePeriod p, OrgFacts facts, LocalDate today) {
        String period = label(p.from(), p.until());
        String message = period + "的党费尚未上缴上级党委（应于" + p.dueBy() + "前上缴）"
                + cite("党费按规定逐级上缴，党支部上缴的周期和期限按本地规定");
        return new FindingDraft(subject(p.from(), p.until()), Severity.OVERDUE, message, p.dueBy(),
                facts("上缴期间", period, "应上缴日期", p.dueBy() + "前", "已逾期",
                        ChronoUnit.DAYS.between(p.dueBy(), today) + "天"),
                "/dues/remittances?orgId=" + facts.org().id(), p.dueBy().plusDays(1));
    }

    /** 2026-Q1, 2026-03, 2026-H1, 2026, or 2026-01..2026-04. */
    static String subject(YearMonth from, YearMonth until) {
        int months = (int) ChronoUnit.MONTHS.between(from, until) + 1;
        int start = from.getMonthValue();
        if (months == 1) {
            return from.toString();
        }
        if (months == 3 && start % 3 == 1) {
            return from.getYear() + "-Q" + (start / 3 + 1);
        }
        if (months == 6 && start % 6 == 1) {
            return from.getYear() + "-H" + (start / 6 + 1);
        }
        if (months == 12 && start == 1) {
            return String.valueOf(from.getYear());
        }
        return from + ".." + until;
    }

    /** 2026年第一季度, 2026年3月, 2026年上半年, 2026年度, or 2026年1月至2026年4月. */
    static String label(YearMonth from, YearMonth until) {
        String subject = subject(from, until);
        if (subject.contains("-Q")) {
            return from.getYear() + "年第" + "一二三四".charAt(from.getMonthValue() / 3) + "季度";
        }
        if (subject.contains("-H")) {
            return from.getYear() + (from.getMonthValue() == 1 ? "年上半年" : "年下半年");
        }
        if (subject.length() == 4) {
            return from.getYear() + "年度";
        }
        return months(from, until);
    }
}
