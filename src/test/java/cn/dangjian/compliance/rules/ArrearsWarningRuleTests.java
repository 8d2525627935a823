package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.Map;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.Severity;
import cn.dangjian.dues.internal.DuesParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.DuesRuleFixtures.arrears;
import static cn.dangjian.compliance.rules.DuesRuleFixtures.context;
import static cn.dangjian.compliance.rules.DuesRuleFixtures.run;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DF-13 before the 6 months: a reminder from the parameter's number of consecutive unpaid months (default 3) up to 5;
 * from 6 it is the lapse rule's.
 */
class ArrearsWarningRuleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private final ArrearsWarningRule rule = new ArrearsWarningRule();

    @ParameterizedTest(name = "warning at {0} months, {1} consecutive -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # warning months (blank: default 3) | consecutive | expected
                                                | 0           | NONE
                                                | 2           | NONE
                                                | 3           | DUE:8
                                                | 5           | DUE:8
                                                | 6           | NONE
            4                                   | 3           | NONE
            4                                   | 4           | DUE:8
            4                                   | 5           | DUE:8
            4                                   | 6           | NONE
            1                                   | 1           | DUE:8
            """)
    void fromTheParameterUpToSixMonths(String warning, int consecutive, String expected) {
        var ctx = warning == null ? context(TODAY)
                : context(TODAY, Map.of(DuesParameters.ARREARS_WARNING_MONTHS, warning));
        var facts = branch(arrears(TODAY, run(8, "钱八", TODAY, consecutive)));
        assertThat(outcome(rule, facts, ctx)).isEqualTo(expected);
    }

    @Test
    void threeMonthsIsAReminderWithThreeToGo() {
        FindingDraft f = rule.evaluate(branch(arrears(TODAY, run(8, "钱八", TODAY, 3))), context(TODAY)).get(0);
        assertThat(f.severity()).isEqualTo(Severity.DUE);
        assertThat(f.message()).contains("钱八").contains("已连续3个月未交纳党费").contains("2026年3月至2026年5月")
                .contains("再欠3个月即满6个月").contains("DF-13");
        assertThat(f.deadline()).as("the 6th month of the run ends").isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(f.facts()).containsEntry("提醒月数", "3个月（规则参数）");
        assertThat(f.fixPath()).isEqualTo("/dues/members/8");
    }

    @Test
    void fiveMonthsIsOneMonthFromTheLapse() {
        FindingDraft f = rule.evaluate(branch(arrears(TODAY, run(8, "钱八", TODAY, 5))), context(TODAY)).get(0);
        assertThat(f.message()).contains("已连续5个月").contains("再欠1个月即满6个月");
        assertThat(f.deadline()).as("paid by the end of this month, the run stops at 5")
                .isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void readsTheParameterTheDuesModuleDeclares() {
        assertThat(rule.parameters()).isEmpty();
        assertThat(rule.reads()).containsExactly(DuesParameters.ARREARS_WARNING_MONTHS);
        assertThat(new DuesParameters().parameters()).anySatisfy(d -> {
            assertThat(d.key()).isEqualTo(DuesParameters.ARREARS_WARNING_MONTHS);
            assertThat(d.defaultValue()).isEqualTo("3");
        });
    }
}
