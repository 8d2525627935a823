package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.CommitteeFacts;
import cn.dangjian.org.OrgType;
import cn.dangjian.parameters.ParameterDefinition;
import cn.dangjian.parameters.ParameterDefinition.Whole;
import org.springframework.stereotype.Component;

/**
 * XJ-09: the higher organization reminds an organization of its expiring term, generally 6 months ahead. From
 * that day ({@code dueEndOn} minus the lead time, inclusive) to the due end itself the term is {@link Severity#DUE}
 * with the due end as its deadline; after it, {@link TermExpiredRule} takes over. The lead time comes from a
 * secondary source (S), so it is a parameter. 临时党支部 do not hold 换届 (ZB-06) and are left out.
 */
@Component
class TermExpiringRule extends CatalogueRule {

    static final String REMINDER_MONTHS = "compliance.term-reminder-months";
    static final Set<OrgType> ELECTING_TYPES = Set.of(OrgType.PARTY_COMMITTEE, OrgType.GENERAL_BRANCH,
            OrgType.BRANCH, OrgType.JOINT_BRANCH);
    // Research note (kept out of what users read): the source is a secondary report of the 2021 adjustment
    // (旗帜网, 27 December 2021); the primary text was not seen.
    private static final String ARTICLE = "中组部2021年基层党组织任期调整";

    TermExpiringRule() {
        super("committee.term-expiring", "XJ-09", ARTICLE, 1, RuleCategory.COMMITTEE, "任期届满前提前做好换届准备");
    }

    @Override
    public List<ParameterDefinition> parameters() {
        return List.of(new ParameterDefinition(REMINDER_MONTHS, "XJ-09", ARTICLE, "换届提醒提前期",
                "班子任期届满前多少个月起提醒做好换届准备。上级党组织一般提前6个月提醒，可按本地规定调整。",
                "6", new Whole(1, 12, "个月")));
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && ELECTING_TYPES.contains(facts.org().type())
                && facts.find(CommitteeFacts.class).flatMap(CommitteeFacts::term).isPresent();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        CommitteeFacts.Term term = facts.get(CommitteeFacts.class).term().orElseThrow();
        int months = context.parameters().whole(REMINDER_MONTHS);
        LocalDate today = context.today();
        LocalDate due = term.dueEndOn();
        if (today.isBefore(due.minusMonths(months)) || today.isAfter(due)) {
            return List.of();
        }
        long days = ChronoUnit.DAYS.between(today, due);
        String message = "第" + term.number() + "届班子任期将于" + due + "届满" + (days == 0 ? "（今天）" : "，还有" + days + "天")
                + "，应提前做好换届准备" + cite("任期届满前，上级党组织一般提前" + months + "个月提醒");
        return List.of(new FindingDraft("term-" + term.number(), Severity.DUE, message, due,
                facts("届次", term.number(), "任期开始", term.startedOn(), "任期届满", due, "提醒提前期", months + "个月"),
                termPage(facts.org()), due.minusMonths(months)));
    }
}
