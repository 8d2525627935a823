package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.ComplianceRule;
import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.facts.CommitteeFacts;
import cn.dangjian.compliance.facts.CommitteeFacts.Post;
import cn.dangjian.compliance.facts.CommitteeFacts.Standing;
import cn.dangjian.compliance.facts.MemberCount;
import cn.dangjian.compliance.facts.StructureFacts;
import cn.dangjian.compliance.facts.StructureFacts.MemberUnit;
import cn.dangjian.compliance.facts.StructureFacts.OwnUnit;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.FormApproval;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.TermFormation;
import cn.dangjian.parameters.ParameterDefinition;
import cn.dangjian.parameters.ParameterValues;
import cn.dangjian.parameters.ParameterValues.Level;

/** Facts and contexts built by hand, so each rule is tested as the pure function it is. */
final class RuleFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final long ORG_ID = 42;

    private RuleFixtures() {
    }

    /** The rules' parameters at their catalogue defaults, as the parameters module resolves them with no settings. */
    static RuleContext context(LocalDate today, ComplianceRule... rules) {
        return context(today, Map.of(), rules);
    }

    /** As {@link #context(LocalDate, ComplianceRule...)}, with some values set (e.g. a local override). */
    static RuleContext context(LocalDate today, Map<String, String> settings, ComplianceRule... rules) {
        Map<String, ParameterValues.Value> values = new HashMap<>();
        for (ComplianceRule rule : rules) {
            for (ParameterDefinition d : rule.parameters()) {
                String setting = settings.get(d.key());
                values.put(d.key(), setting == null
                        ? new ParameterValues.Value(d.key(), d.defaultValue(), Level.DEFAULT, null, null)
                        : new ParameterValues.Value(d.key(), setting, Level.ORGANIZATION, 1L, today));
            }
        }
        return new RuleContext(today, new ParameterValues(today, values));
    }

    /** What the rule makes of the facts: N/A when it does not apply, NONE when in order, else the severities. */
    static String outcome(ComplianceRule rule, OrgFacts facts, RuleContext context) {
        if (!rule.appliesTo(facts)) {
            return "N/A";
        }
        List<FindingDraft> findings = rule.evaluate(facts, context);
        return findings.isEmpty() ? "NONE"
                : String.join(",", findings.stream().map(f -> f.severity().name()).toList());
    }

    static String outcome(ComplianceRule rule, OrgFacts facts) {
        return outcome(rule, facts, context(TODAY, rule));
    }

    static FindingDraft only(ComplianceRule rule, OrgFacts facts, RuleContext context) {
        if (!rule.appliesTo(facts)) {
            throw new AssertionError(rule.code() + " does not apply");
        }
        List<FindingDraft> findings = rule.evaluate(facts, context);
        if (findings.size() != 1) {
            throw new AssertionError("expected one finding, got " + findings);
        }
        return findings.get(0);
    }

    static FindingDraft only(ComplianceRule rule, OrgFacts facts) {
        return only(rule, facts, context(TODAY, rule));
    }

    static OrgUnitRef org(OrgType type) {
        return new OrgUnitRef(ORG_ID, 7L, "/1/7/42/", 2, type, "测试组织", true);
    }

    static OrgFacts facts(OrgType type, Object... facts) {
        return facts(org(type), facts);
    }

    static OrgFacts facts(OrgUnitRef org, Object... facts) {
        Map<Class<?>, Object> map = new HashMap<>();
        for (Object f : facts) {
            map.put(f.getClass(), f);
        }
        return new OrgFacts(org, map);
    }

    /** A branch-like organization holding {@code full}/{@code probationary} members itself, with no recorded unit. */
    static StructureFacts members(long full, long probationary) {
        MemberCount count = new MemberCount(full, probationary);
        return new StructureFacts(count, count, Map.of(), null, List.of(), List.of());
    }

    /** The top organization of a unit whose members number {@code full}/{@code probationary}. */
    static StructureFacts topOfUnit(long full, long probationary) {
        return new StructureFacts(new MemberCount(full, probationary), MemberCount.NONE, Map.of(),
                new OwnUnit(9, "测试局", new MemberCount(full, probationary), true, 1), List.of(), List.of());
    }

    /** As {@link #topOfUnit(long, long)}, with the higher organization's approval of its form recorded or not. */
    static StructureFacts topOfUnit(long full, long probationary, boolean approved) {
        return new StructureFacts(new MemberCount(full, probationary), MemberCount.NONE, Map.of(),
                new OwnUnit(9, "测试局", new MemberCount(full, probationary), true, 1), List.of(), List.of(),
                approved ? new FormApproval(LocalDate.of(2024, 3, 1), "区直工委〔2024〕5号") : null);
    }

    static StructureFacts withUnit(StructureFacts facts, OwnUnit unit) {
        return new StructureFacts(facts.subtree(), facts.own(), facts.activeChildren(), unit, facts.memberUnits(),
                facts.coveredUnits());
    }

    static StructureFacts holding(MemberUnit... units) {
        return new StructureFacts(new MemberCount(20, 0), new MemberCount(20, 0), Map.of(), null,
                Arrays.asList(units), List.of());
    }

    static StructureFacts covering(int units) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= units; i++) {
            names.add("单位" + i);
        }
        return new StructureFacts(new MemberCount(8, 0), new MemberCount(8, 0), Map.of(), null, List.of(), names);
    }

    /**
     * A current term with these posts, written as {@code "SECRETARY ORGANIZATION_MEMBER:TRANSFERRED"}: each post
     * held by a different person, serving unless a standing follows the colon; {@code "DEPUTY_SECRETARY+DISCIPLINE_SECRETARY"}
     * is one person holding both posts. Blank means no term at all.
     */
    static CommitteeFacts committee(String posts) {
        return term(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1), posts);
    }

    static CommitteeFacts term(LocalDate started, LocalDate dueEnd, String posts) {
        if (posts == null || posts.isBlank()) {
            return CommitteeFacts.NONE;
        }
        List<Post> list = new ArrayList<>();
        long member = 100;
        for (String entry : posts.trim().split("\\s+")) {
            String[] parts = entry.split(":");
            Standing standing = parts.length > 1 ? Standing.valueOf(parts[1]) : Standing.SERVING;
            for (String post : parts[0].split("\\+")) {
                list.add(new Post(CommitteePost.valueOf(post), member, "委员" + member, standing));
            }
            member++;
        }
        return new CommitteeFacts(new CommitteeFacts.Term(7, 3, started, dueEnd, TermFormation.ELECTED, list));
    }

    /** A committee of {@code size} people: a 书记 and then 委员 posts. */
    static CommitteeFacts committeeOf(int size) {
        StringBuilder posts = new StringBuilder("SECRETARY");
        CommitteePost[] others = {CommitteePost.ORGANIZATION_MEMBER, CommitteePost.DISCIPLINE_MEMBER,
                CommitteePost.PUBLICITY_MEMBER, CommitteePost.DEPUTY_SECRETARY, CommitteePost.YOUTH_MEMBER,
                CommitteePost.WOMEN_MEMBER, CommitteePost.MEMBER, CommitteePost.MEMBER, CommitteePost.MEMBER};
        for (int i = 0; i < size - 1; i++) {
            posts.append(' ').append(others[i].name());
        }
        return committee(posts.toString());
    }
}
