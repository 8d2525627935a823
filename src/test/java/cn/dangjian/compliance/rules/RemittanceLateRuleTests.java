package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.Severity;
import cn.dangjian.dues.DuesFacts;
import cn.dangjian.dues.DuesFacts.RemittancePeriod;
import cn.dangjian.dues.internal.DuesParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.DuesRuleFixtures.context;
import static cn.dangjian.compliance.rules.DuesRuleFixtures.remittances;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.date;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

/** DF-22: each ended period is remitted by its due day (the dues module's cadence and deadline); the day itself is in time. */
class RemittanceLateRuleTests {

    private final RemittanceLateRule rule = new RemittanceLateRule();

    @ParameterizedTest(name = "{0}: {1}..{2} due {3}, remitted {4} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # today    | from    | until   | due by     | remitted on | expected
            2026-04-10 | 2026-01 | 2026-03 | 2026-04-10 |             | NONE
            2026-04-11 | 2026-01 | 2026-03 | 2026-04-10 |             | OVERDUE:2026-Q1
            2026-04-11 | 2026-01 | 2026-03 | 2026-04-10 | 2026-04-09  | NONE
            2026-05-20 | 2026-01 | 2026-03 | 2026-04-10 | 2026-05-15  | NONE
            2026-08-01 | 2026-04 | 2026-06 | 2026-07-10 |             | OVERDUE:2026-Q2
            2026-04-11 | 2026-03 | 2026-03 | 2026-04-10 |             | OVERDUE:2026-03
            2026-07-11 | 2026-01 | 2026-06 | 2026-07-10 |             | OVERDUE:2026-H1
            2026-07-10 | 2026-01 | 2026-06 | 2026-07-10 |             | NONE
            2026-06-01 | 2026-01 | 2026-04 | 2026-05-10 |             | OVERDUE:2026-01..2026-04
            """)
    void overdueFromTheDayAfterTheDueDay(String today, String from, String until, String dueBy, String remitted,
                                         String expected) {
        LocalDate day = LocalDate.parse(today);
        var facts = branch(remittances(day, new RemittancePeriod(YearMonth.parse(from), YearMonth.parse(until),
                LocalDate.parse(dueBy), date(remitted))));
        assertThat(outcome(rule, facts, context(day))).isEqualTo(expected);
    }

    @Test
    void anOrganizationWithNobodyOnItsRollHasNothingToHandUp() {
        LocalDate today = LocalDate.of(2026, 4, 11);
        var period = new RemittancePeriod(YearMonth.of(2026, 1), YearMonth.of(2026, 3), LocalDate.of(2026, 4, 10), null);
        var empty = new DuesFacts(today, List.of(), 0, 0, 3, List.of(period),
                List.of(), List.of());
        assertThat(outcome(rule, branch(empty), context(today))).isEqualTo("N/A");
    }

    @Test
    void onePerPeriodNamedAsTheBranchKnowsIt() {
        LocalDate today = LocalDate.of(2026, 7, 20);
        var facts = branch(remittances(today,
                new RemittancePeriod(YearMonth.of(2026, 1), YearMonth.of(2026, 3), LocalDate.of(2026, 4, 10), null),
                new RemittancePeriod(YearMonth.of(2026, 4), YearMonth.of(2026, 6), LocalDate.of(2026, 7, 10), null)));
        var found = rule.evaluate(facts, context(today));
        assertThat(found).extracting(FindingDraft::subject).containsExactly("2026-Q1", "2026-Q2");
        FindingDraft f = found.get(1);
        assertThat(f.severity()).isEqualTo(Severity.OVERDUE);
        assertThat(f.message()).contains("2026年第二季度的党费尚未上缴上级党委").contains("应于2026-07-10前上缴")
                .contains("DF-22");
        assertThat(f.facts()).containsEntry("已逾期", "10天");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(f.since()).isEqualTo(LocalDate.of(2026, 7, 11));
        assertThat(f.fixPath()).isEqualTo("/dues/remittances?orgId=77");
    }

    @Test
    void periodLabels() {
        assertThat(RemittanceLateRule.label(YearMonth.of(2026, 10), YearMonth.of(2026, 12))).isEqualTo("2026年第四季度");
        assertThat(RemittanceLateRule.label(YearMonth.of(2026, 7), YearMonth.of(2026, 12))).isEqualTo("2026年下半年");
        assertThat(RemittanceLateRule.label(YearMonth.of(2026, 1), YearMonth.of(2026, 12))).isEqualTo("2026年度");
        assertThat(RemittanceLateRule.subject(YearMonth.of(2026, 1), YearMonth.of(2026, 12))).isEqualTo("2026");
        assertThat(RemittanceLateRule.label(YearMonth.of(2026, 5), YearMonth.of(2026, 5))).isEqualTo("2026年5月");
    }

    @Test
    void aPastYearsPeriodLapsesWithTheYear() {
        assertThat(rule.lapsed("2025-Q4", LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(rule.lapsed("2024-Q4", LocalDate.of(2026, 1, 2))).isTrue();
        assertThat(rule.lapsed("2026-Q1", LocalDate.of(2026, 12, 31))).isFalse();
    }

    @Test
    void readsTheCadenceAndDeadlineTheDuesModuleApplies() {
        assertThat(rule.reads()).containsExactly(DuesParameters.REMIT_CADENCE, DuesParameters.REMIT_DEADLINE_DAYS);
    }
}
