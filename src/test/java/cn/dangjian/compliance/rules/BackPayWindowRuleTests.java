package cn.dangjian.compliance.rules;

import java.time.LocalDate;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.DuesRuleFixtures.arrears;
import static cn.dangjian.compliance.rules.DuesRuleFixtures.context;
import static cn.dangjian.compliance.rules.DuesRuleFixtures.unpaid;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

/** DF-12: 补交 generally within 6 months — a month unpaid more than 6 months back needs the branch's consent. */
class BackPayWindowRuleTests {

    private final BackPayWindowRule rule = new BackPayWindowRule();

    @ParameterizedTest(name = "{0}: unpaid {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # today    | unpaid months    | expected
            2026-07-01 | 2026-01          | NONE
            2026-07-31 | 2026-01          | NONE
            2026-08-01 | 2026-01          | ADVICE:8
            2026-07-15 | 2025-12          | ADVICE:8
            2026-07-15 | 2025-12 2026-06  | ADVICE:8
            2026-07-15 | 2026-01 2026-06  | NONE
            2026-02-10 | 2025-07          | ADVICE:8
            2026-02-10 | 2025-08          | NONE
            """)
    void sixVersusSevenMonths(String today, String months, String expected) {
        LocalDate day = LocalDate.parse(today);
        var facts = branch(arrears(day, unpaid(8, "钱八", day, months)));
        assertThat(outcome(rule, facts, context(day))).isEqualTo(expected);
    }

    @Test
    void namesTheMonthsWhose补交NeedsConsent() {
        LocalDate today = LocalDate.of(2026, 7, 15);
        var facts = branch(arrears(today, unpaid(8, "钱八", today, "2025-11 2025-12 2026-01 2026-06")));
        FindingDraft f = rule.evaluate(facts, context(today)).get(0);
        assertThat(f.severity()).isEqualTo(Severity.ADVICE);
        assertThat(f.message()).contains("钱八").contains("2025年11月、2025年12月").doesNotContain("2026年1月")
                .contains("补交需经党支部同意").contains("DF-12").contains("第十二条").contains("一般不超过6个月");
        assertThat(f.facts()).containsEntry("最早未交月份", "2025年11月").containsEntry("超过6个月未交", "2个月");
        assertThat(f.fixPath()).isEqualTo("/dues/members/8");
        assertThat(f.since()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void aLongListIsShortened() {
        LocalDate today = LocalDate.of(2026, 7, 15);
        var facts = branch(arrears(today, unpaid(8, "钱八", today,
                "2025-01 2025-02 2025-03 2025-04 2025-05 2025-06 2025-07 2025-08")));
        assertThat(rule.evaluate(facts, context(today)).get(0).message())
                .contains("2025年1月、2025年2月、2025年3月、2025年4月、2025年5月、2025年6月等8个月").doesNotContain("2025年7月");
    }
}
