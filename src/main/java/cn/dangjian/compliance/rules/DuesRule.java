package cn.dangjian.compliance.rules;

import java.time.YearMonth;

import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.dues.DuesFacts;

/**
 * A rule of 《关于中国共产党党费收缴、使用和管理的规定》 (DF-xx) over the {@link DuesFacts} of an organization holding
 * members. The dues module computes the facts (which months ended unpaid, when a remittance or a forwarding was
 * due, under its own parameters); these rules only judge. The parameters named here are declared by the dues
 * module; a rule lists those its findings depend on in {@link #reads()}, so each finding keeps the value in force.
 */
abstract class DuesRule extends CatalogueRule {

    /** DF-13 (V): 6 consecutive months unpaid without good reason is handled as 自行脱党 — a constant. */
    static final int LAPSE_MONTHS = 6;

    /** Declared by the dues module: how many consecutive unpaid months the branch is reminded at (DF-13). */
    static final String ARREARS_WARNING_MONTHS = "dues.arrears-warning-months";
    /** Declared by the dues module: the month by whose end the annual 核定 is done (DF-17). */
    static final String ASSESSMENT_DEADLINE_MONTH = "dues.assessment-deadline-month";
    /** Declared by the dues module: the remittance cadence and the days after a period it is due (DF-22). */
    static final String REMIT_CADENCE = "dues.remit-cadence";
    static final String REMIT_DEADLINE_DAYS = "dues.remit-deadline-days";
    /** Declared by the dues module: the days within which a ≥1000元 voluntary payment is forwarded (DF-21). */
    static final String FORWARD_DAYS = "dues.large-payment-forward-days";

    DuesRule(String code, String ruleId, String article, String title) {
        super("dues." + code, ruleId, article, 1, RuleCategory.DUES, title);
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && facts.find(DuesFacts.class).isPresent();
    }

    /** 「2026年3月」. */
    static String month(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    /** 「2026年3月」 or 「2026年1月至2026年6月」. */
    static String months(YearMonth from, YearMonth until) {
        return from.equals(until) ? month(from) : month(from) + "至" + month(until);
    }

    /** The member's dues page: their months, payments (补交 with the branch's consent) and reductions. */
    static String duesMemberPage(long memberId) {
        return "/dues/members/" + memberId;
    }
}
