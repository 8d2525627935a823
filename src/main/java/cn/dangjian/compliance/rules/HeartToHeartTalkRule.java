package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.TalkFacts;
import cn.dangjian.life.TalkCoverage;
import cn.dangjian.life.TalkRoll;
import cn.dangjian.parameters.ParameterDefinition;
import cn.dangjian.parameters.ParameterDefinition.Whole;
import org.springframework.stereotype.Component;

/**
 * ZB-15: 支部委员之间、支委和党员之间、党员和党员之间，每年谈心谈话一般不少于1次 — read as the talks page reads it
 * ({@link TalkRoll#coverage}). One finding per branch and year (subject = the year) saying how many committee
 * pairs and members are not yet covered: {@link Severity#DUE} during the year (deadline 31 December), and
 * {@link Severity#OVERDUE} in the following year's first quarter if the year ended uncovered. The number of talks is from a
 * secondary source (S) and local rules ask for more, so it is a parameter (default 1). A branch whose recorded
 * 成立日期 is after 1 July has less than half the year and is not held to that year. Last year's coverage is
 * computed over today's roll (the roll is not kept per year).
 */
@Component
class HeartToHeartTalkRule extends CatalogueRule {

    static final String PER_YEAR = "compliance.talks-per-pair";
    // Research note (kept out of what users read): the article number was not seen in the primary text; secondary
    // sources give 第十八条, which is cited. The "一般不少于1次" wording is also from secondary sources.
    static final String ARTICLE = BRANCH_RULES + "第十八条";
    /** Names listed in the facts before the rest are only counted. */
    static final int NAMES_SHOWN = 10;

    HeartToHeartTalkRule() {
        super("appraisal-talks.heart-to-heart-talks", "ZB-15", ARTICLE, 1, RuleCategory.APPRAISAL_TALKS,
                "支部委员之间、支委和党员之间、党员和党员之间每年谈心谈话");
    }

    @Override
    public List<ParameterDefinition> parameters() {
        return List.of(new ParameterDefinition(PER_YEAR, "ZB-15", ARTICLE, "谈心谈话每年次数",
                "支部委员之间、支委和党员之间、党员和党员之间每年谈心谈话的最少次数。条例表述为“一般不少于1次”；"
                        + "部分地方规定每年至少2次，可按本地规定调整。",
                "1", new Whole(1, 12, "次")));
    }

    /** A past year (the subject), once last year's duties are no longer listed. */
    @Override
    public boolean lapsed(String subject, LocalDate today) {
        return RuleContext.lapsed(Integer.parseInt(subject), today);
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && facts.find(TalkFacts.class).isPresent();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        TalkFacts talks = facts.get(TalkFacts.class);
        int perYear = context.parameters().whole(PER_YEAR);
        List<FindingDraft> found = new ArrayList<>();
        if (context.showsPreviousYear()) {
            check(facts, talks.establishedOn(), talks.lastYear(), perYear, Severity.OVERDUE).ifPresent(found::add);
        }
        check(facts, talks.establishedOn(), talks.thisYear(), perYear, Severity.DUE).ifPresent(found::add);
        return found;
    }

    private java.util.Optional<FindingDraft> check(OrgFacts facts, LocalDate establishedOn, TalkRoll roll,
                                                   int perYear, Severity severity) {
        if (roll == null || (establishedOn != null && establishedOn.isAfter(LocalDate.of(roll.year(), 7, 1)))) {
            return java.util.Optional.empty();
        }
        TalkCoverage coverage = roll.coverage(perYear);
        if (coverage.complete()) {
            return java.util.Optional.empty();
        }
        int pairs = coverage.committeePairsMissing().size();
        int withCommittee = coverage.membersWithoutCommitteeTalk().size();
        int withMembers = coverage.membersWithoutMemberTalk().size();
        List<String> gaps = new ArrayList<>();
        if (pairs > 0) {
            gaps.add("支部委员之间" + pairs + "对");
        }
        if (withCommittee > 0) {
            gaps.add("支委与党员之间" + withCommittee + "名党员");
        }
        if (withMembers > 0) {
            gaps.add("党员之间" + withMembers + "名党员");
        }
        String times = perYear == 1 ? "" : "满" + perYear + "次";
        String message = roll.year() + "年谈心谈话尚未覆盖：" + String.join("、", gaps) + "未谈" + times
                + (severity == Severity.OVERDUE ? "，该年度已结束" : "，应于年底前完成")
                + cite("每年谈心谈话一般不少于" + perYear + "次");
        LocalDate deadline = LocalDate.of(roll.year(), 12, 31);
        return java.util.Optional.of(new FindingDraft(String.valueOf(roll.year()), severity, message, deadline,
                facts("年度", roll.year(), "每对每年应谈", perYear + "次", "已记录谈话", coverage.talks() + "次",
                        "支部委员之间未谈", pairs + "对" + pairNames(coverage.committeePairsMissing()),
                        "未与支委谈话的党员", withCommittee + "人" + names(coverage.membersWithoutCommitteeTalk()),
                        "未与其他党员谈话的党员", withMembers + "人" + names(coverage.membersWithoutMemberTalk())),
                "/talks?orgId=" + facts.org().id() + "&year=" + roll.year()));
    }

    private static String names(List<TalkCoverage.Person> people) {
        return list(people.stream().map(TalkCoverage.Person::name).toList());
    }

    private static String pairNames(List<TalkCoverage.Pair> pairs) {
        return list(pairs.stream().map(p -> p.first().name() + "—" + p.second().name()).toList());
    }

    private static String list(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        String shown = String.join("、", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        return "（" + shown + (names.size() > NAMES_SHOWN ? "等" : "") + "）";
    }
}
