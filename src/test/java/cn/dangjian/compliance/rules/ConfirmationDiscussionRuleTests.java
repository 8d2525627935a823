package cn.dangjian.compliance.rules;

import java.time.LocalDate;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.recruitment.internal.RecruitmentParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.approved;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.context;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * FZ-22: 转正 is discussed promptly when probation ends — within the grace period the parameter sets. The
 * assembly admitted the member on 2025-06-20, so probation ends on 2026-06-19 and the member may be full from
 * 2026-06-20 (FZ-21); with 30 days' grace the discussion is due by 2026-07-20.
 */
class ConfirmationDiscussionRuleTests {

    private static final String PROBATION = approved(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 6, 20),
            LocalDate.of(2025, 8, 10)) + ";OATH 2025-08-20";
    private final ConfirmationDiscussionRule rule = new ConfirmationDiscussionRule();

    @ParameterizedTest(name = "grace {0} days, {1}, then [{2}] -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # grace | today      | recorded since                                          | expected
            30      | 2026-06-19 |                                                         | NONE
            30      | 2026-07-20 |                                                         | NONE
            30      | 2026-07-21 |                                                         | OVERDUE:501
            0       | 2026-06-20 |                                                         | NONE
            0       | 2026-06-21 |                                                         | OVERDUE:501
            60      | 2026-08-19 |                                                         | NONE
            60      | 2026-08-20 |                                                         | OVERDUE:501
            30      | 2026-07-21 | CONFIRMATION_APPLICATION 2026-06-01                     | OVERDUE:501
            30      | 2026-07-21 | CONFIRMATION_APPLICATION 2026-06-01;CONFIRMATION_ASSEMBLY 2026-07-10 CONFIRM | NONE
            30      | 2026-07-21 | TRANSFER_POSTPONEMENT 2026-03-01 3                      | NONE
            """)
    void promptlyWhenProbationEnds(int grace, String today, String recorded, String expected) {
        LocalDate day = LocalDate.parse(today);
        String steps = PROBATION + (recorded == null ? "" : ";" + recorded);
        assertThat(outcome(rule, branch(facts(day, grace, steps)), context(day, grace, rule))).isEqualTo(expected);
    }

    @Test
    void theExtensionStartsANewProbationToDiscuss() {
        String extended = PROBATION + ";CONFIRMATION_APPLICATION 2026-06-01;CONFIRMATION_ASSEMBLY 2026-06-25 EXTEND 6"
                + ";CONFIRMATION_APPROVAL 2026-07-10 EXTEND 6";
        LocalDate within = LocalDate.of(2027, 1, 19);
        LocalDate after = LocalDate.of(2027, 1, 20);
        assertThat(outcome(rule, branch(facts(within, 30, extended)), context(within, rule))).isEqualTo("NONE");
        assertThat(outcome(rule, branch(facts(after, 30, extended)), context(after, rule))).isEqualTo("OVERDUE:501");
    }

    @Test
    void theFindingShowsTheGracePeriodItWasComputedWith() {
        LocalDate today = LocalDate.of(2026, 8, 1);
        FindingDraft f = rule.evaluate(branch(facts(today, 30, PROBATION)), context(today, rule)).get(0);
        assertThat(f.message()).isEqualTo("张三预备期已满，支部尚未讨论其能否转为正式党员"
                + "（应于2026-07-20前，《中国共产党发展党员工作细则》第三十一条）");
        assertThat(f.facts()).containsEntry("预备期满后讨论期限", "30天（规则参数）")
                .containsEntry("期限", "预备期于2026-06-19届满，应及时讨论转正");
        assertThat(rule.reads()).containsExactly(RecruitmentParameters.CONFIRMATION_GRACE_DAYS);
        assertThat(rule.parameters()).as("declared once, by the recruitment module that applies it").isEmpty();
    }
}
