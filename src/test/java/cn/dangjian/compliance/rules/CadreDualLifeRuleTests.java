package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.facts.MemberLifeFacts;
import cn.dangjian.life.QuarterAttendance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.MemberRuleFixtures.BRANCH_ID;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.defaults;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.member;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

/** Quarters are written {@code 2026-1:expected/present/excused}, e.g. {@code 2026-1:3/0/0}. */
class CadreDualLifeRuleTests {

    private final CadreDualLifeRule rule = new CadreDualLifeRule();

    @ParameterizedTest(name = "{0}: cadre {1}, quarters {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # today    | cadre | quarters                   | expected
            2026-03-31 | true  | 2026-1:3/0/0               | NONE
            2026-04-01 | true  | 2026-1:3/0/0               | VIOLATION:9/2026-Q1
            2026-04-01 | true  | 2026-1:3/1/0               | NONE
            2026-04-01 | true  | 2026-1:3/0/3               | ADVICE:9/2026-Q1
            2026-04-01 | true  | 2026-1:3/0/2               | VIOLATION:9/2026-Q1
            2026-04-01 | false | 2026-1:3/0/0               | NONE
            2026-04-01 | true  |                            | NONE
            2026-01-01 | true  | 2025-4:2/0/0               | VIOLATION:9/2025-Q4
            2026-01-01 | true  | 2025-1:2/0/0 2025-4:2/0/0  | VIOLATION:9/2025-Q1,VIOLATION:9/2025-Q4
            2026-04-01 | true  | 2025-1:2/0/0 2025-2:2/0/0  | VIOLATION:9/2025-Q2
            2026-04-01 | true  | 2026-1:3/0/0@1             | NONE
            """)
    void aQuarterWithoutTheBranchsMeetings(String today, boolean cadre, String quarters, String expected) {
        List<QuarterAttendance> attended = new ArrayList<>();
        if (quarters != null) {
            for (String q : quarters.trim().split("\\s+")) {
                long org = q.contains("@") ? Long.parseLong(q.substring(q.indexOf('@') + 1)) : BRANCH_ID;
                String[] parts = q.replaceAll("@.*", "").split("[-:/]");
                attended.add(new QuarterAttendance(9, org, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]), Integer.parseInt(parts[3]), Integer.parseInt(parts[4])));
            }
        }
        var facts = branch(new MemberLifeFacts(List.of(
                new MemberLifeFacts.Member(member(9, "孙九", cadre, false, null), null, attended))));
        assertThat(outcome(rule, facts, defaults(LocalDate.parse(today), rule))).isEqualTo(expected);
    }

    @Test
    void theFindingSitsOnTheBranchAndLeadsToTheOverview() {
        var facts = branch(new MemberLifeFacts(List.of(new MemberLifeFacts.Member(member(9, "孙九", true, false, null),
                null, List.of(new QuarterAttendance(9, BRANCH_ID, 2026, 2, 4, 0, 1))))));
        FindingDraft f = rule.evaluate(facts, defaults(LocalDate.of(2026, 7, 1), rule)).get(0);
        assertThat(f.message()).contains("孙九").contains("2026年第2季度").contains("应参加4次").contains("请假1次")
                .contains("JG-09");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(f.fixPath()).isEqualTo("/meetings/overview?orgId=77&year=2026&quarter=2");
    }
}
