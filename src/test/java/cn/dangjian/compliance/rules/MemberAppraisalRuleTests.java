package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.facts.AppraisalFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.date;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.defaults;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.withValues;
import static org.assertj.core.api.Assertions.assertThat;

class MemberAppraisalRuleTests {

    private final MemberAppraisalRule rule = new MemberAppraisalRule();

    @ParameterizedTest(name = "{0}: held {1}/{2}, established {3}, due month {4} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # today    | held last year | held this year | established | due month | expected
            2026-09-30 | 2025-12-20     |                |             | 10        | NONE
            2026-10-01 | 2025-12-20     |                |             | 10        | DUE:2026
            2026-10-01 | 2025-12-20     | 2026-10-01     |             | 10        | NONE
            2026-12-31 | 2025-12-20     |                |             | 10        | DUE:2026
            2027-01-01 | 2026-12-31     |                |             | 10        | NONE
            2027-01-01 |                |                |             | 10        | OVERDUE:2026
            2027-03-31 |                |                |             | 3         | OVERDUE:2026,DUE:2027
            2027-04-01 |                |                |             | 3         | DUE:2027
            2027-10-01 |                |                |             | 10        | DUE:2027
            2027-12-31 | 2026-11-01     |                |             | 10        | DUE:2027
            2026-06-01 | 2025-12-20     |                |             | 6         | DUE:2026
            2026-05-31 | 2025-12-20     |                |             | 6         | NONE
            2026-03-01 |                |                | 2025-09-30  | 10        | OVERDUE:2025
            2026-03-01 |                |                | 2025-10-01  | 10        | NONE
            2026-10-15 | 2025-12-20     |                | 2026-10-01  | 10        | NONE
            2026-10-15 | 2025-12-20     |                | 2026-09-30  | 10        | DUE:2026
            """)
    void onceAYear(String today, String lastYear, String thisYear, String established, int month, String expected) {
        LocalDate day = LocalDate.parse(today);
        Map<Integer, LocalDate> held = new HashMap<>();
        if (date(lastYear) != null) {
            held.put(day.getYear() - 1, date(lastYear));
        }
        if (date(thisYear) != null) {
            held.put(day.getYear(), date(thisYear));
        }
        var facts = branch(new AppraisalFacts(date(established), held));
        assertThat(outcome(rule, facts, withValues(day, Map.of(MemberAppraisalRule.DUE_MONTH, String.valueOf(month)), rule)))
                .isEqualTo(expected);
    }

    @Test
    void theFindingCitesTheRuleAndLeadsToTheYearsAppraisalPage() {
        FindingDraft f = rule.evaluate(branch(new AppraisalFacts(null, Map.of())), defaults(LocalDate.of(2026, 1, 5), rule))
                .get(0);
        assertThat(f.message()).contains("2025年度民主评议党员").contains("ZB-16").contains("第十八条");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(f.fixPath()).isEqualTo("/appraisals?orgId=77&year=2025");
        assertThat(rule.parameters()).singleElement().satisfies(p -> assertThat(p.defaultValue()).isEqualTo("10"));
    }
}
