package cn.dangjian.compliance.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.assembled;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.context;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.facts;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.preReviewed;
import static org.assertj.core.api.Assertions.assertThat;

/** FZ-13 (2026 revision): the branch assembly within one month of passing the 预审; not for cases under the 2014 text. */
class AdmissionAssemblyRuleTests {

    private final AdmissionAssemblyRule rule = new AdmissionAssemblyRule();

    @ParameterizedTest(name = "{0}: applied {1}, 预审 {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # today    | applied    | reviewed   | expected
            2027-08-10 | 2026-06-01 | 2027-07-10 | NONE
            2027-08-11 | 2026-06-01 | 2027-07-10 | OVERDUE:501
            2027-03-28 | 2026-05-11 | 2027-02-28 | NONE
            2027-03-29 | 2026-05-11 | 2027-02-28 | OVERDUE:501
            2027-03-29 | 2026-05-10 | 2027-02-28 | NONE
            2025-12-01 | 2024-03-01 | 2025-05-20 | NONE
            """)
    void oneMonthFromThePreReviewFor2026Cases(String today, String applied, String reviewed, String expected) {
        LocalDate day = LocalDate.parse(today);
        String steps = preReviewed(LocalDate.parse(applied), LocalDate.parse(reviewed));
        assertThat(outcome(rule, branch(facts(day, 30, steps)), context(day, rule))).isEqualTo(expected);
    }

    @Test
    void theAssemblyClosesIt() {
        LocalDate today = LocalDate.of(2027, 9, 1);
        String late = preReviewed(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 7, 10));
        assertThat(rule.evaluate(branch(facts(today, 30, late)), context(today, rule))).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("张三预审合格已超过一个月，尚未提交支部党员大会讨论接收预备党员"
                        + "（应于2027-08-10前，《中国共产党发展党员工作细则》第十九条）"));
        String held = assembled(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 8, 20));
        assertThat(outcome(rule, branch(facts(today, 30, held)), context(today, rule))).isEqualTo("NONE");
    }
}
