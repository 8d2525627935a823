package cn.dangjian.compliance.rules;

import static cn.dangjian.compliance.rules.RuleFixtures.context;
import static cn.dangjian.compliance.rules.RuleFixtures.facts;
import static cn.dangjian.compliance.rules.RuleFixtures.only;
import static cn.dangjian.compliance.rules.RuleFixtures.outcome;
import static cn.dangjian.compliance.rules.RuleFixtures.term;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.CommitteeFacts;
import cn.dangjian.org.OrgType;
import cn.dangjian.parameters.ParameterDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermExpiringRuleTests {

    private static final LocalDate STARTED = LocalDate.of(2023, 12, 16);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    private final TermExpiringRule rule = new TermExpiringRule();

    @ParameterizedTest(name = "term due {1}, today {0}, reminder {2} months → {3}")
    @CsvSource({
            "2026-06-14, 2026-12-15, 6, NONE",
            "2026-06-15, 2026-12-15, 6, DUE",
            "2026-06-16, 2026-12-15, 6, DUE",
            "2026-12-14, 2026-12-15, 6, DUE",
            "2026-12-15, 2026-12-15, 6, DUE",
            "2026-12-16, 2026-12-15, 6, NONE",
            "2026-09-14, 2026-12-15, 3, NONE",
            "2026-09-15, 2026-12-15, 3, DUE",
            "2026-06-15, 2026-12-15, 3, NONE",
            "2025-12-15, 2026-12-15, 12, DUE"})
    void aTermIsDueFromTheReminderLeadTimeUntilItEnds(LocalDate today, LocalDate due, int months, String expected) {
        var facts = facts(OrgType.BRANCH, term(STARTED, due, "SECRETARY"));
        var context = context(today, Map.of(TermExpiringRule.REMINDER_MONTHS, String.valueOf(months)), rule);
        assertThat(outcome(rule, facts, context)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"PARTY_COMMITTEE, DUE", "GENERAL_BRANCH, DUE", "BRANCH, DUE", "JOINT_BRANCH, DUE",
            "TEMPORARY_BRANCH, N/A", "WORK_COMMITTEE, N/A", "PARTY_GROUP, N/A"})
    void organizationsThatElectTheirCommittee(OrgType type, String expected) {
        assertThat(outcome(rule, facts(type, term(STARTED, DUE, "SECRETARY")), context(DUE.minusDays(1), rule)))
                .isEqualTo(expected);
    }

    @Test
    void noTermNoReminder() {
        assertThat(outcome(rule, facts(OrgType.BRANCH, CommitteeFacts.NONE))).isEqualTo("N/A");
    }

    @Test
    void theDefaultLeadTimeIsSixMonthsAndAParameter() {
        assertThat(rule.parameters()).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("compliance.term-reminder-months");
            assertThat(d.ruleId()).isEqualTo("XJ-09");
            assertThat(d.defaultValue()).isEqualTo("6");
            assertThat(d.type()).isEqualTo(new ParameterDefinition.Whole(1, 12, "个月"));
        });
        FindingDraft finding = only(rule, facts(OrgType.BRANCH, term(STARTED, DUE, "SECRETARY")),
                context(LocalDate.of(2026, 6, 15), rule));
        assertThat(finding.severity()).isEqualTo(Severity.DUE);
        assertThat(finding.deadline()).isEqualTo(DUE);
        assertThat(finding.subject()).isEqualTo("term-3");
        assertThat(finding.message()).startsWith("第3届班子任期将于2026-12-15届满，还有183天，应提前做好换届准备（XJ-09，")
                .endsWith("：任期届满前，上级党组织一般提前6个月提醒）");
        assertThat(finding.facts()).containsEntry("任期届满", "2026-12-15").containsEntry("提醒提前期", "6个月");
        assertThat(finding.fixPath()).isEqualTo("/orgs/42/terms/new");
    }
}
