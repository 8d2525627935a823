package cn.dangjian.compliance.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.activist;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.context;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** FZ-06: an activist is assessed every six months, from the designation and then from the last assessment. */
class ActivistAssessmentRuleTests {

    private final ActivistAssessmentRule rule = new ActivistAssessmentRule();

    @ParameterizedTest(name = "{0}: designated {1}, assessed {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # today    | designated | assessed              | expected
            2026-07-15 | 2026-01-15 |                       | NONE
            2026-07-16 | 2026-01-15 |                       | OVERDUE:501
            2026-08-28 | 2026-02-28 |                       | NONE
            2026-08-29 | 2026-02-28 |                       | OVERDUE:501
            2026-12-01 | 2026-01-15 | 2026-07-10            | NONE
            2027-01-10 | 2026-01-15 | 2026-07-10            | NONE
            2027-01-11 | 2026-01-15 | 2026-07-10            | OVERDUE:501
            2027-07-05 | 2026-01-15 | 2026-07-10 2027-01-05 | NONE
            2027-07-06 | 2026-01-15 | 2026-07-10 2027-01-05 | OVERDUE:501
            """)
    void everySixMonths(String today, String designated, String assessed, String expected) {
        LocalDate day = LocalDate.parse(today);
        StringBuilder steps = new StringBuilder(activist(LocalDate.parse(designated)));
        if (assessed != null) {
            for (String on : assessed.split(" ")) {
                steps.append(";ASSESSMENT ").append(on);
            }
        }
        assertThat(outcome(rule, branch(facts(day, 30, steps.toString())), context(day, rule))).isEqualTo(expected);
    }

    @Test
    void assessmentsContinueForADevelopmentCandidateUntilThePreReview() {
        LocalDate today = LocalDate.of(2027, 8, 1);
        String listed = activist(LocalDate.of(2026, 1, 15)) + ";ASSESSMENT 2026-07-10;ASSESSMENT 2027-01-05"
                + ";CANDIDATE_DESIGNATION 2027-01-20";
        var finding = rule.evaluate(branch(facts(today, 30, listed)), context(today, rule));
        assertThat(finding).singleElement().satisfies(f -> {
            assertThat(f.deadline()).isEqualTo(LocalDate.of(2027, 7, 5));
            assertThat(f.message()).isEqualTo("张三（发展对象）已超过半年未进行培养教育考察（应于2027-07-05前，"
                    + "《中国共产党发展党员工作细则》第十一条）");
        });
        String reviewed = listed + ";SPONSORS 2027-01-21;POLITICAL_REVIEW 2027-02-10 PASSED;TRAINING 2027-02-20"
                + ";PRE_REVIEW 2027-03-01 PASSED";
        assertThat(outcome(rule, branch(facts(today, 30, reviewed)), context(today, rule))).isEqualTo("NONE");
    }
}
