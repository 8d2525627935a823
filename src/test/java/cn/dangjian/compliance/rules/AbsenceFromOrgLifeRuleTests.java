package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.facts.MemberLifeFacts;
import cn.dangjian.life.AttendanceRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.date;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.defaults;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.member;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

class AbsenceFromOrgLifeRuleTests {

    private final AbsenceFromOrgLifeRule rule = new AbsenceFromOrgLifeRule();

    @ParameterizedTest(name = "{0}: last present {1}, last accounted {2}, first absence {3}, mobile {4}, lost {5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # today    | last present | last present/excused | first absence | mobile | lost contact | expected
            2026-07-15 | 2026-01-15   | 2026-01-15           | 2026-02-15    | false  |              | VIOLATION:5
            2026-07-14 | 2026-01-15   | 2026-01-15           | 2026-02-15    | false  |              | NONE
            2026-08-28 | 2026-02-28   | 2026-02-28           | 2026-03-31    | false  |              | VIOLATION:5
            2026-08-27 | 2026-02-28   | 2026-02-28           | 2026-03-31    | false  |              | NONE
            2026-02-28 | 2025-08-31   | 2025-08-31           | 2025-09-30    | false  |              | VIOLATION:5
            2026-02-27 | 2025-08-31   | 2025-08-31           | 2025-09-30    | false  |              | NONE
            2026-07-15 | 2026-01-15   | 2026-04-10           | 2026-05-15    | false  |              | NONE
            2026-10-10 | 2026-01-15   | 2026-04-10           | 2026-05-15    | false  |              | VIOLATION:5
            2026-07-15 |              |                      | 2026-01-15    | false  |              | VIOLATION:5
            2026-07-14 |              |                      | 2026-01-15    | false  |              | NONE
            2027-01-05 | 2026-07-05   | 2026-07-05           | 2026-08-01    | false  |              | VIOLATION:5
            2026-07-15 | 2026-01-15   | 2026-01-15           | 2026-02-15    | true   |              | NONE
            2026-07-15 | 2026-01-15   | 2026-01-15           | 2026-02-15    | false  | 2026-03-01   | NONE
            """)
    void sixConsecutiveMonths(String today, String lastPresent, String lastAccounted, String firstAbsence,
                              boolean mobile, String lostSince, String expected) {
        var run = new AttendanceRun(5, date(lastPresent), date(lastAccounted), date(firstAbsence), 3);
        var facts = branch(new MemberLifeFacts(List.of(
                new MemberLifeFacts.Member(member(5, "张五", false, mobile, date(lostSince)), run, List.of()),
                new MemberLifeFacts.Member(member(6, "赵六", false, false, null), null, List.of()))));
        assertThat(outcome(rule, facts, defaults(LocalDate.parse(today), rule))).isEqualTo(expected);
    }

    @Test
    void theFindingGivesTheLastAttendance() {
        var run = new AttendanceRun(5, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 1), 4);
        var facts = branch(new MemberLifeFacts(List.of(
                new MemberLifeFacts.Member(member(5, "张五", false, false, null), run, List.of()))));
        FindingDraft f = rule.evaluate(facts, defaults(LocalDate.of(2026, 7, 10), rule)).get(0);
        assertThat(f.message()).contains("张五").contains("自2026-01-10").contains("缺席4次").contains("最后一次出席：2025-12-01")
                .contains("JY-12").contains("第三十一条");
        assertThat(f.facts()).containsEntry("最后一次出席", "2025-12-01");
        assertThat(f.fixPath()).isEqualTo("/members/5");
    }
}
