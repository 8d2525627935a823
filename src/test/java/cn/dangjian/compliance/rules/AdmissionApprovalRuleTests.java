package cn.dangjian.compliance.rules;

import java.time.LocalDate;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.approved;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.assembled;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.context;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** FZ-19: the 党委 approves within three months of the assembly's resolution, and never beyond six. */
class AdmissionApprovalRuleTests {

    private static final LocalDate APPLIED = LocalDate.of(2024, 3, 1);
    private final AdmissionApprovalRule rule = new AdmissionApprovalRule();

    @ParameterizedTest(name = "{0}: assembly {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # today    | assembly   | expected
            2026-05-01 | 2026-03-20 | NONE
            2026-06-20 | 2026-03-20 | NONE
            2026-06-21 | 2026-03-20 | OVERDUE:501
            2026-09-20 | 2026-03-20 | OVERDUE:501
            2026-09-21 | 2026-03-20 | VIOLATION:501
            2026-02-28 | 2025-11-30 | NONE
            2026-03-01 | 2025-11-30 | OVERDUE:501
            2026-05-30 | 2025-11-30 | OVERDUE:501
            2026-05-31 | 2025-11-30 | VIOLATION:501
            """)
    void threeMonthsAndNeverBeyondSix(String today, String assembly, String expected) {
        LocalDate day = LocalDate.parse(today);
        String steps = assembled(APPLIED, LocalDate.parse(assembly));
        assertThat(outcome(rule, branch(facts(day, 30, steps)), context(day, rule))).isEqualTo(expected);
    }

    @Test
    void beyondSixMonthsTheMessageSaysTheLimitWasPassed() {
        String steps = assembled(APPLIED, LocalDate.of(2026, 3, 20));
        LocalDate late = LocalDate.of(2026, 7, 1);
        FindingDraft overdue = rule.evaluate(branch(facts(late, 30, steps)), context(late, rule)).get(0);
        assertThat(overdue.message()).isEqualTo("张三经支部党员大会通过接收已超过三个月，上级党委尚未审批"
                + "（应于2026-06-20前，最迟不超过2026-09-20，《中国共产党发展党员工作细则》第二十五条）");
        assertThat(overdue.facts()).containsEntry("最长期限", "2026-09-20");

        LocalDate beyond = LocalDate.of(2026, 10, 1);
        FindingDraft violation = rule.evaluate(branch(facts(beyond, 30, steps)), context(beyond, rule)).get(0);
        assertThat(violation.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(violation.subject()).as("the same finding, raised").isEqualTo(overdue.subject());
        assertThat(violation.message()).startsWith("张三经支部党员大会通过接收已超过六个月，上级党委仍未审批，超过最长期限");
    }

    @Test
    void theApprovalClosesIt() {
        LocalDate today = LocalDate.of(2026, 10, 1);
        String steps = approved(APPLIED, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 9, 1));
        assertThat(outcome(rule, branch(facts(today, 30, steps)), context(today, rule))).isEqualTo("NONE");
    }
}
