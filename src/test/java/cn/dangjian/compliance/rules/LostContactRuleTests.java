package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.facts.MemberLifeFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.date;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.defaults;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.member;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

class LostContactRuleTests {

    private final LostContactRule rule = new LostContactRule();

    @ParameterizedTest(name = "{0}: lost contact since {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # today    | lost since | expected
            2026-07-01 | 2026-01-01 | OVERDUE:8
            2026-06-30 | 2026-01-01 | NONE
            2026-08-31 | 2026-02-28 | OVERDUE:8
            2026-08-27 | 2026-02-28 | NONE
            2026-02-28 | 2025-08-31 | OVERDUE:8
            2026-02-27 | 2025-08-31 | NONE
            2027-01-01 | 2026-07-01 | OVERDUE:8
            2026-07-01 |            | NONE
            """)
    void sixMonthsOfLostContact(String today, String since, String expected) {
        var facts = branch(new MemberLifeFacts(List.of(
                new MemberLifeFacts.Member(member(8, "钱八", false, false, date(since)), null, List.of()))));
        assertThat(outcome(rule, facts, defaults(LocalDate.parse(today), rule))).isEqualTo(expected);
    }

    @Test
    void theFindingIsDueFromTheDayTheSixMonthsWereReached() {
        var facts = branch(new MemberLifeFacts(List.of(
                new MemberLifeFacts.Member(member(8, "钱八", false, false, LocalDate.of(2026, 1, 1)), null, List.of()))));
        FindingDraft f = rule.evaluate(facts, defaults(LocalDate.of(2026, 9, 1), rule)).get(0);
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(f.message()).contains("钱八").contains("停止其党籍").contains("JY-08").contains("第二十四条");
        assertThat(f.fixPath()).isEqualTo("/members/8");
    }
}
