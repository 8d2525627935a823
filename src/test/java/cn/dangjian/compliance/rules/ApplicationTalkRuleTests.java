package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.applied;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.branchOf;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.context;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.deadlines;
import static cn.dangjian.compliance.rules.RecruitmentRuleFixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** FZ-03: the talk within one month of the application; the month's last day is still within it. */
class ApplicationTalkRuleTests {

    private final ApplicationTalkRule rule = new ApplicationTalkRule();

    @ParameterizedTest(name = "{0}: applied {1}, talk {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # today    | applied    | talk       | expected
            2026-03-15 | 2026-03-01 |            | NONE
            2026-04-01 | 2026-03-01 |            | NONE
            2026-04-02 | 2026-03-01 |            | OVERDUE:501
            2026-02-28 | 2026-01-31 |            | NONE
            2026-03-01 | 2026-01-31 |            | OVERDUE:501
            2026-11-22 | 2026-03-01 | 2026-04-15 | NONE
            2026-11-22 | 2026-03-01 | 2026-03-20 | NONE
            """)
    void oneMonthFromTheApplication(String today, String applied, String talk, String expected) {
        LocalDate day = LocalDate.parse(today);
        String steps = applied(LocalDate.parse(applied)) + (talk == null ? "" : ";APPLICATION_TALK " + talk);
        assertThat(outcome(rule, branch(facts(day, 30, steps)), context(day, rule))).isEqualTo(expected);
    }

    @Test
    void theFindingNamesThePersonTheDueDayAndTheArticleAndLinksToTheCase() {
        LocalDate today = LocalDate.of(2026, 4, 10);
        FindingDraft f = rule.evaluate(branch(facts(today, 30, applied(LocalDate.of(2026, 3, 1)))), context(today, rule))
                .get(0);
        assertThat(f.message()).isEqualTo("张三入党申请已超过一个月未派人谈话（应于2026-04-01前，《中国共产党发展党员工作细则》第七条）");
        assertThat(f.severity()).isEqualTo(Severity.OVERDUE);
        assertThat(f.subject()).isEqualTo("501");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(f.since()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(f.fixPath()).isEqualTo("/recruitment/cases/501");
        assertThat(f.facts()).containsEntry("姓名", "张三").containsEntry("所处阶段", "入党申请人")
                .containsEntry("待办环节", "派人同入党申请人谈话").containsEntry("应办日期", "2026-04-01前")
                .containsEntry("已逾期", "9天");
    }

    @Test
    void oneFindingPerLateCase() {
        LocalDate today = LocalDate.of(2026, 4, 10);
        var facts = branchOf(List.of(deadlines(501, "张三", today, 30, applied(LocalDate.of(2026, 3, 1))),
                deadlines(502, "李四", today, 30, applied(LocalDate.of(2026, 3, 20))),
                deadlines(503, "王五", today, 30, applied(LocalDate.of(2026, 2, 1)))));
        assertThat(outcome(rule, branch(facts), context(today, rule))).isEqualTo("OVERDUE:501,OVERDUE:503");
    }

    @Test
    void doesNotApplyWithoutOpenCases() {
        assertThat(outcome(rule, branch(), context(LocalDate.of(2026, 4, 10), rule))).isEqualTo("N/A");
    }
}
