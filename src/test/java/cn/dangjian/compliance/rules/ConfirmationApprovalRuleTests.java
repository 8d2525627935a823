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

/** FZ-24: the 党委 decides on 转正 within three months of the branch assembly's discussion. */
class ConfirmationApprovalRuleTests {

    private static final String PROBATION = approved(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 6, 20),
            LocalDate.of(2025, 8, 10)) + ";OATH 2025-08-20;CONFIRMATION_APPLICATION 2026-06-01";
    private final ConfirmationApprovalRule rule = new ConfirmationApprovalRule();

    @ParameterizedTest(name = "{0}: discussed {1}, approved {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # today    | discussed  | approved   | expected
            2026-09-25 | 2026-06-25 |            | NONE
            2026-09-26 | 2026-06-25 |            | OVERDUE:501
            2027-02-28 | 2026-11-30 |            | NONE
            2027-03-01 | 2026-11-30 |            | OVERDUE:501
            2026-11-22 | 2026-06-25 | 2026-10-10 | NONE
            """)
    void threeMonthsFromTheAssembly(String today, String discussed, String approvedOn, String expected) {
        LocalDate day = LocalDate.parse(today);
        String steps = PROBATION + ";CONFIRMATION_ASSEMBLY " + discussed + " CONFIRM"
                + (approvedOn == null ? "" : ";CONFIRMATION_APPROVAL " + approvedOn + " CONFIRM");
        assertThat(outcome(rule, branch(facts(day, 30, steps)), context(day, rule))).isEqualTo(expected);
    }

    @Test
    void theMessageCitesArticle33() {
        LocalDate today = LocalDate.of(2026, 10, 1);
        String steps = PROBATION + ";CONFIRMATION_ASSEMBLY 2026-06-25 CONFIRM";
        assertThat(rule.evaluate(branch(facts(today, 30, steps)), context(today, rule))).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).isEqualTo("张三经支部党员大会讨论转正已超过三个月，上级党委尚未审批"
                            + "（应于2026-09-25前，《中国共产党发展党员工作细则》第三十三条）");
                    assertThat(f.fixPath()).isEqualTo("/recruitment/cases/501");
                });
    }
}
