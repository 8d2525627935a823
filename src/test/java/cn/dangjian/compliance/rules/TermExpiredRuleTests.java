package cn.dangjian.compliance.rules;

import static cn.dangjian.compliance.rules.RuleFixtures.context;
import static cn.dangjian.compliance.rules.RuleFixtures.facts;
import static cn.dangjian.compliance.rules.RuleFixtures.only;
import static cn.dangjian.compliance.rules.RuleFixtures.outcome;
import static cn.dangjian.compliance.rules.RuleFixtures.term;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.Severity;
import cn.dangjian.org.OrgType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermExpiredRuleTests {

    private final TermExpiredRule rule = new TermExpiredRule();

    @ParameterizedTest(name = "term due {1}, today {0} → {2} (latest {3})")
    @CsvSource({
            "2025-06-14, 2025-06-15, NONE,      ",
            "2025-06-15, 2025-06-15, NONE,      ",
            "2025-06-16, 2025-06-15, OVERDUE,   2026-06-15",
            "2026-06-14, 2025-06-15, OVERDUE,   2026-06-15",
            "2026-06-15, 2025-06-15, OVERDUE,   2026-06-15",
            "2026-06-16, 2025-06-15, VIOLATION, 2026-06-15",
            "2029-01-01, 2025-06-15, VIOLATION, 2026-06-15",
            "2025-02-28, 2024-02-29, OVERDUE,   2025-02-28",
            "2025-03-01, 2024-02-29, VIOLATION, 2025-02-28"})
    void aTermPastItsEndIsOverdueForAYearThenABreach(LocalDate today, LocalDate due, String expected,
                                                      LocalDate latest) {
        var facts = facts(OrgType.BRANCH, term(due.minusYears(3), due, "SECRETARY"));
        assertThat(outcome(rule, facts, context(today, rule))).isEqualTo(expected);
        if (latest != null) {
            assertThat(only(rule, facts, context(today, rule)).deadline()).isEqualTo(latest);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"PARTY_COMMITTEE, OVERDUE", "GENERAL_BRANCH, OVERDUE", "JOINT_BRANCH, OVERDUE",
            "TEMPORARY_BRANCH, N/A", "WORK_COMMITTEE, N/A"})
    void organizationsThatElectTheirCommittee(OrgType type, String expected) {
        var facts = facts(type, term(LocalDate.of(2021, 3, 1), LocalDate.of(2026, 3, 1), "SECRETARY"));
        assertThat(outcome(rule, facts, context(RuleFixtures.TODAY, rule))).isEqualTo(expected);
    }

    @Test
    void theMessagesCiteTheArticles() {
        var facts = facts(OrgType.BRANCH, term(LocalDate.of(2021, 3, 1), LocalDate.of(2024, 3, 1), "SECRETARY"));
        FindingDraft finding = only(rule, facts, context(RuleFixtures.TODAY, rule));
        assertThat(finding.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(finding.subject()).isEqualTo("term-3");
        assertThat(finding.message()).isEqualTo("第3届班子任期已于2024-03-01届满，超过1年仍未换届"
                + "（XJ-01，《中国共产党基层组织选举工作条例》第二条、第三条：任期届满应当按期进行换届选举；"
                + "需要延期或提前的，须经上级党组织批准，一般不超过1年）");
        assertThat(finding.facts()).containsEntry("任期届满", "2024-03-01").containsEntry("最迟换届", "2025-03-01");
        assertThat(finding.fixPath()).isEqualTo("/orgs/42/terms/new");
        assertThat(only(rule, facts, context(LocalDate.of(2024, 5, 1), rule)).message())
                .startsWith("第3届班子任期已于2024-03-01届满，尚未换届（XJ-01，");
    }
}
