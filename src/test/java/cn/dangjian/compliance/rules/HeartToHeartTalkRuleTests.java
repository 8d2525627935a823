package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.facts.TalkFacts;
import cn.dangjian.life.TalkCoverage.Person;
import cn.dangjian.life.TalkRoll;
import cn.dangjian.life.TalkView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.date;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.defaults;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.withValues;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A branch of 5: committee members 1, 2, 3 and ordinary members 4, 5. Talks are written {@code 1-2 1-4 …};
 * full coverage needs 1-2, 1-3, 2-3 (committee pairs), each of 4 and 5 with a committee member, and 4-5.
 */
class HeartToHeartTalkRuleTests {

    private static final String FULL = "1-2 1-3 2-3 1-4 2-5 4-5";
    private final HeartToHeartTalkRule rule = new HeartToHeartTalkRule();

    @ParameterizedTest(name = "{0}: last year [{1}], this year [{2}], per pair {3}, established {4} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # today    | talks last year        | talks this year        | per pair | established | expected
            2026-01-01 | 1-2 1-3 2-3 1-4 2-5 4-5 |                        | 1        |             | DUE:2026
            2026-12-31 | 1-2 1-3 2-3 1-4 2-5 4-5 | 1-2 1-3 2-3 1-4 2-5 4-5 | 1        |             | NONE
            2026-12-31 | 1-2 1-3 2-3 1-4 2-5 4-5 | 1-2 1-3 2-3 1-4 2-5    | 1        |             | DUE:2026
            2027-01-01 | 1-2 1-3 2-3 1-4 2-5    |                        | 1        |             | OVERDUE:2026,DUE:2027
            2026-03-31 | 1-2 1-3 2-3 1-4 2-5 4-5 | 1-2 1-3 2-3 1-4 2-5 4-5 | 2        |             | OVERDUE:2025,DUE:2026
            2026-04-01 | 1-2 1-3 2-3 1-4 2-5 4-5 | 1-2 1-3 2-3 1-4 2-5 4-5 | 2        |             | DUE:2026
            2026-03-31 |                        |                        | 1        | 2025-07-01  | OVERDUE:2025,DUE:2026
            2026-03-31 |                        |                        | 1        | 2025-07-02  | DUE:2026
            2026-06-30 |                        | 1-2 1-3 2-3 1-4 2-5 4-5 | 1        | 2026-07-02  | NONE
            """)
    void everyPairOnceAYear(String today, String lastYear, String thisYear, int perPair, String established,
                            String expected) {
        LocalDate day = LocalDate.parse(today);
        var facts = branch(new TalkFacts(date(established), roll(day.getYear(), thisYear), roll(day.getYear() - 1, lastYear)));
        assertThat(outcome(rule, facts, withValues(day, Map.of(HeartToHeartTalkRule.PER_YEAR, String.valueOf(perPair)), rule)))
                .isEqualTo(expected);
    }

    @Test
    void theFindingCountsWhatIsMissingAndLeadsToTheTalksPage() {
        var facts = branch(new TalkFacts(null, roll(2026, "1-2 1-4"), roll(2025, FULL)));
        FindingDraft f = rule.evaluate(facts, defaults(LocalDate.of(2026, 3, 1), rule)).get(0);
        assertThat(f.message()).contains("支部委员之间2对").contains("支委与党员之间1名党员").contains("党员之间2名党员")
                .contains("ZB-15");
        assertThat(f.facts()).containsEntry("已记录谈话", "2次").containsEntry("未与支委谈话的党员", "1人（党员5）");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(f.fixPath()).isEqualTo("/talks?orgId=77&year=2026");
    }

    private static TalkRoll roll(int year, String talks) {
        List<Person> roster = new ArrayList<>();
        for (long id = 1; id <= 5; id++) {
            roster.add(new Person(id, "党员" + id));
        }
        List<TalkView> recorded = new ArrayList<>();
        if (talks != null) {
            long n = 1;
            for (String pair : talks.trim().split("\\s+")) {
                String[] ids = pair.split("-");
                recorded.add(new TalkView(n++, MemberRuleFixtures.BRANCH_ID, LocalDate.of(year, 3, 1),
                        Long.parseLong(ids[0]), "党员" + ids[0], Long.parseLong(ids[1]), "党员" + ids[1], "谈心", null, "tester"));
            }
        }
        return new TalkRoll(MemberRuleFixtures.BRANCH_ID, year, roster, Set.of(1L, 2L, 3L), recorded);
    }
}
