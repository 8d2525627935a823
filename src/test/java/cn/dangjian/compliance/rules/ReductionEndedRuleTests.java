package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.Severity;
import cn.dangjian.dues.DuesFacts.EndedReduction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.DuesRuleFixtures.context;
import static cn.dangjian.compliance.rules.DuesRuleFixtures.endedReductions;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

/** DF-07: when an approved 少交/免交 ends with nothing after it, the member re-applies or pays the assessed amount. */
class ReductionEndedRuleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private final ReductionEndedRule rule = new ReductionEndedRule();

    @Test
    void noEndedReductionNoFinding() {
        assertThat(outcome(rule, branch(endedReductions(TODAY)), context(TODAY))).isEqualTo("NONE");
    }

    @ParameterizedTest(name = "exempt {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # exempt | what the message says
            true     | 党员钱八的免交批准期限已于2026年5月届满
            false    | 党员钱八的少交批准期限已于2026年5月届满
            """)
    void anEndedReductionIsDue(boolean exempt, String says) {
        var facts = branch(endedReductions(TODAY, new EndedReduction(12, 8, "钱八", exempt, YearMonth.of(2026, 5))));
        assertThat(outcome(rule, facts, context(TODAY))).isEqualTo("DUE:2026-05/8");
        FindingDraft f = rule.evaluate(facts, context(TODAY)).get(0);
        assertThat(f.severity()).isEqualTo(Severity.DUE);
        assertThat(f.message()).contains(says).contains("重新申请").contains("自2026年6月起按核定数额收缴")
                .contains("DF-07").contains("第七条");
        assertThat(f.since()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(f.fixPath()).isEqualTo("/dues/members/8");
    }

    @ParameterizedTest(name = "ended {0}, on {1}: lapsed {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # subject   | today      | lapsed
            2026-05/8   | 2026-06-15 | false
            2026-05/8   | 2026-08-31 | false
            2026-05/8   | 2026-09-01 | true
            """)
    void lapsesWhenTheDuesModuleNoLongerReportsIt(String subject, String today, boolean lapsed) {
        assertThat(rule.lapsed(subject, LocalDate.parse(today))).isEqualTo(lapsed);
    }
}
