package cn.dangjian.compliance.rules;

import java.time.LocalDate;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.DuesRuleFixtures.arrears;
import static cn.dangjian.compliance.rules.DuesRuleFixtures.context;
import static cn.dangjian.compliance.rules.DuesRuleFixtures.run;
import static cn.dangjian.compliance.rules.DuesRuleFixtures.unpaid;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

/** DF-13: 6 consecutive months unpaid — the months ending with last month — and the branch acts, never the platform. */
class DuesLapseRuleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
    private final DuesLapseRule rule = new DuesLapseRule();

    @ParameterizedTest(name = "{0} consecutive months unpaid -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # consecutive | expected
            0             | NONE
            5             | NONE
            6             | VIOLATION:8
            7             | VIOLATION:8
            24            | VIOLATION:8
            """)
    void sixConsecutiveMonths(int consecutive, String expected) {
        var facts = branch(arrears(TODAY, run(8, "钱八", TODAY, consecutive), run(9, "孙九", TODAY, 2)));
        assertThat(outcome(rule, facts, context(TODAY))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "unpaid {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # unpaid months (today 2026-07-15)                         | expected
            2026-01 2026-02 2026-03 2026-04 2026-05 2026-06             | VIOLATION:8
            2025-10 2025-11 2025-12 2026-01 2026-02 2026-03 2026-04 2026-05 | NONE
            2025-12 2026-02 2026-03 2026-04 2026-05 2026-06             | NONE
            """)
    void onlyTheRunEndingWithLastMonthCounts(String months, String expected) {
        var facts = branch(arrears(TODAY, unpaid(8, "钱八", TODAY, months)));
        assertThat(outcome(rule, facts, context(TODAY))).isEqualTo(expected);
    }

    @Test
    void theBranchIsToldWhatToDoAndThePlatformRemovesNobody() {
        FindingDraft f = rule.evaluate(branch(arrears(TODAY, run(8, "钱八", TODAY, 6))), context(TODAY)).get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.message()).contains("钱八").contains("已连续6个月未交纳党费").contains("2026年1月至2026年6月")
                .contains("批评教育").contains("限期交纳").contains("自行脱党").contains("不会自动除名")
                .contains("DF-13").contains("第十三条");
        assertThat(f.facts()).containsEntry("欠交金额（全部未交月份）", "75.00元").containsEntry("连续未交", "6个月");
        assertThat(f.fixPath()).isEqualTo("/dues/members/8");
        assertThat(f.since()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void sixMonthsIsTheRegulationsNumberNotAParameter() {
        assertThat(rule.parameters()).isEmpty();
        assertThat(rule.reads()).isEmpty();
    }
}
