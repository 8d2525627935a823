package cn.dangjian.compliance.rules;

import java.time.LocalDate;

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
 * FZ-25: a transferred-in probationary member's 转正 discussion postponed by up to six months; probation ends on
 * 2026-06-19 (full from 2026-06-20), so three months' postponement and 30 days' grace make it due by 2026-10-20.
 */
class PostponedConfirmationDiscussionRuleTests {

    private static final String PROBATION = approved(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 6, 20),
            LocalDate.of(2025, 8, 10)) + ";OATH 2025-08-20";
    private final PostponedConfirmationDiscussionRule rule = new PostponedConfirmationDiscussionRule();

    @ParameterizedTest(name = "postponed {0} months, grace {1} days, {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # months | grace | today      | expected
            3        | 30    | 2026-10-20 | NONE
            3        | 30    | 2026-10-21 | OVERDUE:501
            6        | 30    | 2027-01-19 | NONE
            6        | 30    | 2027-01-20 | OVERDUE:501
            6        | 0     | 2026-12-21 | OVERDUE:501
            """)
    void afterThePostponementPromptly(int months, int grace, String today, String expected) {
        LocalDate day = LocalDate.parse(today);
        String steps = PROBATION + ";TRANSFER_POSTPONEMENT 2026-03-01 " + months;
        assertThat(outcome(rule, branch(facts(day, grace, steps)), context(day, grace, rule))).isEqualTo(expected);
    }

    @Test
    void notForAMemberWhoseDiscussionWasNotPostponed() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(outcome(rule, branch(facts(today, 30, PROBATION)), context(today, rule))).isEqualTo("NONE");
    }

    @Test
    void citesArticle35AndReadsTheGracePeriod() {
        LocalDate today = LocalDate.of(2026, 11, 1);
        String steps = PROBATION + ";TRANSFER_POSTPONEMENT 2026-03-01 3";
        assertThat(rule.evaluate(branch(facts(today, 30, steps)), context(today, rule))).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("张三转入后推迟讨论转正的期限已过，支部尚未讨论其能否转为正式党员"
                        + "（应于2026-10-20前，《中国共产党发展党员工作细则》第三十五条）"));
        assertThat(rule.ruleId()).isEqualTo("FZ-25");
        assertThat(rule.reads()).containsExactly(RecruitmentParameters.CONFIRMATION_GRACE_DAYS);
    }
}
