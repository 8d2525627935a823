package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.ComplianceRule;
import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.MembershipStatus;
import cn.dangjian.member.RollMember;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.parameters.ParameterDefinition;
import cn.dangjian.parameters.ParameterValues;
import cn.dangjian.parameters.ParameterValues.Level;

/**
 * Facts and contexts built by hand for the 评议与谈心, vote-quorum and 党员管理 rules, so each is tested as the pure
 * function it is: parameter values from the rules' declared defaults (as the parameters module resolves them with
 * nothing set), or with some values set locally.
 */
final class MemberRuleFixtures {

    static final long BRANCH_ID = 77;

    private MemberRuleFixtures() {
    }

    static RuleContext defaults(LocalDate today, ComplianceRule rule) {
        return withValues(today, Map.of(), rule);
    }

    static RuleContext withValues(LocalDate today, Map<String, String> settings, ComplianceRule rule) {
        Map<String, ParameterValues.Value> values = new HashMap<>();
        for (ParameterDefinition d : rule.parameters()) {
            String set = settings.get(d.key());
            values.put(d.key(), set == null ? new ParameterValues.Value(d.key(), d.defaultValue(), Level.DEFAULT, null, null)
                    : new ParameterValues.Value(d.key(), set, Level.ORGANIZATION, BRANCH_ID, today));
        }
        return new RuleContext(today, new ParameterValues(today, values));
    }

    static OrgFacts branch(Object... facts) {
        Map<Class<?>, Object> map = new HashMap<>();
        for (Object f : facts) {
            map.put(f.getClass(), f);
        }
        return new OrgFacts(new OrgUnitRef(BRANCH_ID, 7L, "/1/7/77/", 2, OrgType.BRANCH, "测试党支部", true), map);
    }

    /** NONE when in order, else the findings' severities and subjects, e.g. {@code OVERDUE:2025,DUE:2026}. */
    static String outcome(ComplianceRule rule, OrgFacts facts, RuleContext context) {
        if (!rule.appliesTo(facts)) {
            return "N/A";
        }
        List<FindingDraft> found = rule.evaluate(facts, context);
        return found.isEmpty() ? "NONE"
                : String.join(",", found.stream().map(f -> f.severity().name() + ":" + f.subject()).toList());
    }

    static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    static RollMember member(long id, String name, boolean cadre, boolean mobile, LocalDate lostSince) {
        return new RollMember(id, BRANCH_ID, name, MemberKind.FULL, MembershipStatus.NORMAL, cadre, mobile,
                lostSince != null, lostSince, LocalDate.of(2010, 7, 1));
    }
}
