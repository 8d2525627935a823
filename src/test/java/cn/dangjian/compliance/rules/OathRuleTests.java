package cn.dangjian.compliance.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.approved;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.context;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** FZ-20 (2026 revision): the oath within one month of the 党委's approval; not for cases under the 2014 text. */
class OathRuleTests {

    private final OathRule rule = new OathRule();

    @ParameterizedTest(name = "{0}: applied {1}, approved {3}, oath {4} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # today    | applied    | assembly   | approved   | oath       | expected
            2027-11-08 | 2026-06-01 | 2027-08-20 | 2027-10-08 |            | NONE
            2027-11-09 | 2026-06-01 | 2027-08-20 | 2027-10-08 |            | OVERDUE:501
            2028-02-29 | 2026-06-01 | 2027-11-20 | 2028-01-31 |            | NONE
            2028-03-01 | 2026-06-01 | 2027-11-20 | 2028-01-31 |            | OVERDUE:501
            2027-12-01 | 2026-06-01 | 2027-08-20 | 2027-10-08 | 2027-11-20 | NONE
            2025-11-01 | 2024-03-01 | 2025-06-20 | 2025-08-10 |            | NONE
            """)
    void oneMonthFromTheApprovalFor2026Cases(String today, String applied, String assembly, String approvedOn,
                                             String oath, String expected) {
        LocalDate day = LocalDate.parse(today);
        String steps = approved(LocalDate.parse(applied), LocalDate.parse(assembly), LocalDate.parse(approvedOn))
                + (oath == null ? "" : ";OATH " + oath);
        assertThat(outcome(rule, branch(facts(day, 30, steps)), context(day, rule))).isEqualTo(expected);
    }

    @Test
    void theMessageNamesTheProbationaryMember() {
        LocalDate today = LocalDate.of(2027, 11, 20);
        String steps = approved(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 8, 20), LocalDate.of(2027, 10, 8));
        assertThat(rule.evaluate(branch(facts(today, 30, steps)), context(today, rule))).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).isEqualTo("张三经党委批准为预备党员已超过一个月，尚未进行入党宣誓"
                            + "（应于2027-11-08前，《中国共产党发展党员工作细则》第二十九条）");
                    assertThat(f.facts()).containsEntry("所处阶段", "预备党员").containsEntry("待办环节", "入党宣誓");
                });
    }
}
