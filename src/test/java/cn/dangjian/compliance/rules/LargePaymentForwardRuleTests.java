package cn.dangjian.compliance.rules;

import java.time.LocalDate;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.Severity;
import cn.dangjian.dues.DuesFacts.LargePayment;
import cn.dangjian.dues.internal.DuesParameters;
import cn.dangjian.shared.Fen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.DuesRuleFixtures.context;
import static cn.dangjian.compliance.rules.DuesRuleFixtures.largePayments;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.date;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

/** DF-21: a ≥1000元 voluntary payment is forwarded to the 中央 by its forwarding day; the day itself is in time. */
class LargePaymentForwardRuleTests {

    private final LargePaymentForwardRule rule = new LargePaymentForwardRule();

    private static LargePayment payment(String forwardedOn) {
        return new LargePayment(31, 8, "钱八", Fen.yuan(1500), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1),
                date(forwardedOn));
    }

    @ParameterizedTest(name = "{0}, forwarded {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # today    | forwarded on | expected
            2026-04-20 |              | NONE
            2026-05-01 |              | NONE
            2026-05-02 |              | OVERDUE:31
            2026-09-30 |              | OVERDUE:31
            2026-05-02 | 2026-04-28   | NONE
            2026-06-10 | 2026-06-05   | NONE
            """)
    void overdueFromTheDayAfterTheForwardingDay(String today, String forwardedOn, String expected) {
        LocalDate day = LocalDate.parse(today);
        assertThat(outcome(rule, branch(largePayments(day, payment(forwardedOn))), context(day))).isEqualTo(expected);
    }

    @Test
    void namesTheMemberTheAmountAndTheDay() {
        LocalDate today = LocalDate.of(2026, 5, 11);
        FindingDraft f = rule.evaluate(branch(largePayments(today, payment(null))), context(today)).get(0);
        assertThat(f.severity()).isEqualTo(Severity.OVERDUE);
        assertThat(f.message()).contains("钱八").contains("1500.00元").contains("上缴中央").contains("应于2026-05-01前转交")
                .contains("DF-21").contains("第十一条");
        assertThat(f.facts()).containsEntry("已逾期", "10天");
        assertThat(f.since()).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(f.fixPath()).isEqualTo("/dues/voluntary?orgId=77");
        assertThat(rule.reads()).containsExactly(DuesParameters.FORWARD_DAYS);
    }
}
