package cn.dangjian.compliance.rules;

import java.time.LocalDate;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.Severity;
import cn.dangjian.dues.internal.DuesParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.DuesRuleFixtures.assessments;
import static cn.dangjian.compliance.rules.DuesRuleFixtures.context;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

/** DF-17: this year's 核定 of everyone on the roll, due by the end of the parameter's month (default March). */
class AssessmentMissingRuleTests {

    private final AssessmentMissingRule rule = new AssessmentMissingRule();

    @ParameterizedTest(name = "{0}: {1} on roll, {2} assessed, deadline month {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # today    | on roll | assessed | deadline month | expected
            2026-03-31 | 10      | 8        | 3              | NONE
            2026-04-01 | 10      | 8        | 3              | OVERDUE:2026
            2026-04-01 | 10      | 10       | 3              | NONE
            2026-04-01 | 0       | 0        | 3              | NONE
            2026-01-31 | 10      | 0        | 1              | NONE
            2026-02-01 | 10      | 0        | 1              | OVERDUE:2026
            2026-04-30 | 10      | 9        | 4              | NONE
            2026-05-01 | 10      | 9        | 4              | OVERDUE:2026
            2026-12-31 | 10      | 9        | 12             | NONE
            """)
    void dueByTheEndOfTheDeadlineMonth(String today, int onRoll, int assessed, int month, String expected) {
        LocalDate day = LocalDate.parse(today);
        assertThat(outcome(rule, branch(assessments(day, onRoll, assessed, month)), context(day))).isEqualTo(expected);
    }

    @Test
    void saysHowManyAreMissingAndWhereToAssessThem() {
        LocalDate today = LocalDate.of(2026, 4, 1);
        FindingDraft f = rule.evaluate(branch(assessments(today, 10, 8, 3)), context(today)).get(0);
        assertThat(f.severity()).isEqualTo(Severity.OVERDUE);
        assertThat(f.message()).contains("2名党员尚未核定本年度党费").contains("3月底前").contains("DF-17").contains("第二条");
        assertThat(f.facts()).containsEntry("未核定", "2名").containsEntry("在册党员", "10名");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(f.since()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(f.fixPath()).isEqualTo("/dues/assessments?orgId=77&year=2026");
    }

    @Test
    void lastYearsFindingLapsesWithTheYear() {
        assertThat(rule.lapsed("2025", LocalDate.of(2026, 1, 2))).isTrue();
        assertThat(rule.lapsed("2026", LocalDate.of(2026, 12, 31))).isFalse();
    }

    @Test
    void readsTheDeadlineTheDuesModuleApplies() {
        assertThat(rule.reads()).containsExactly(DuesParameters.ASSESSMENT_DEADLINE_MONTH);
    }
}
