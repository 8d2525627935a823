package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.CommitteeFacts;
import org.springframework.stereotype.Component;

/**
 * XJ-01: a committee holds its 换届 election when its term is due to end; a delay needs the higher organization's
 * approval and is generally no longer than 1 year. A term past its due end is {@link Severity#OVERDUE} (the
 * platform cannot know whether a delay was approved) with the latest allowed day as its deadline, up to and
 * including exactly one year after; later it is a {@link Severity#VIOLATION}. The 1 year is read from the
 * regulation's text (V), so it is not a parameter.
 */
@Component
class TermExpiredRule extends CatalogueRule {

    static final Period MAX_DELAY = Period.ofYears(1);

    TermExpiredRule() {
        super("committee.term-expired", "XJ-01", ELECTION_RULES + "第二条、第三条", 1, RuleCategory.COMMITTEE,
                "任期届满应按期换届，延期一般不超过1年");
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && TermExpiringRule.ELECTING_TYPES.contains(facts.org().type())
                && facts.find(CommitteeFacts.class).flatMap(CommitteeFacts::term).isPresent();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        CommitteeFacts.Term term = facts.get(CommitteeFacts.class).term().orElseThrow();
        LocalDate due = term.dueEndOn();
        if (!context.today().isAfter(due)) {
            return List.of();
        }
        LocalDate latest = due.plus(MAX_DELAY);
        boolean beyondDelay = context.today().isAfter(latest);
        String message = "第" + term.number() + "届班子任期已于" + due + "届满，" + (beyondDelay ? "超过1年仍未换届" : "尚未换届")
                + cite("任期届满应当按期进行换届选举；需要延期或提前的，须经上级党组织批准，一般不超过1年");
        return List.of(new FindingDraft("term-" + term.number(), beyondDelay ? Severity.VIOLATION : Severity.OVERDUE,
                message, latest, facts("届次", term.number(), "任期开始", term.startedOn(), "任期届满", due,
                        "最迟换届", latest),
                termPage(facts.org()), due.plusDays(1)));
    }
}
