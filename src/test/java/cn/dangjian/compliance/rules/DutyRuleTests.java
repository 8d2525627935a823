package cn.dangjian.compliance.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.ComplianceRule;
import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.duty.DutyFacts;
import cn.dangjian.duty.DutyFacts.AwaitingDecision;
import cn.dangjian.duty.DutyFacts.OpenPart;
import cn.dangjian.parameters.ParameterValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.compliance.rules.MemberRuleFixtures.branch;
import static cn.dangjian.compliance.rules.MemberRuleFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DB-01: a part of a supervised task is on the assignee's list from the day assigned and overdue from the day after
 * its deadline — the one an extension moved; DB-04: a report or an extension request waits on the issuer's list
 * until it decides. Boundaries on the day itself.
 */
class DutyRuleTests {

    private final TaskDueRule due = new TaskDueRule();
    private final TaskDecisionRule decision = new TaskDecisionRule();

    private static RuleContext context(LocalDate today) {
        return new RuleContext(today, new ParameterValues(today, Map.of()));
    }

    /** Assigned on 20 November 2026, due by {@code deadline}. */
    private static DutyFacts assigned(LocalDate deadline, LocalDate extensionAsked, LocalDate reminded) {
        return new DutyFacts(List.of(new OpenPart(41, 9, "督办〔2026〕3号", "开展党支部标准化规范化建设自查", "锦城区直属机关工委",
                LocalDate.of(2026, 11, 20), deadline, extensionAsked, reminded)), List.of());
    }

    @ParameterizedTest(name = "due by {0}, on {1}: {2}")
    @CsvSource({
            "2026-12-15, 2026-11-20, DUE:41",
            "2026-12-15, 2026-12-15, DUE:41",
            "2026-12-15, 2026-12-16, OVERDUE:41",
            // an extension granted to 31 December moved the deadline
            "2026-12-31, 2026-12-16, DUE:41",
            "2026-12-31, 2027-01-01, OVERDUE:41"})
    void aPartIsDueUntilItsDeadlineAndOverdueAfter(LocalDate deadline, LocalDate today, String expected) {
        assertThat(outcome(due, branch(assigned(deadline, null, null)), context(today))).isEqualTo(expected);
    }

    @Test
    void theOverdueFindingNamesTheTaskTheIssuerTheDaysAndTheReminder() {
        FindingDraft f = due.evaluate(branch(assigned(LocalDate.of(2026, 12, 15), null, LocalDate.of(2026, 12, 18))),
                context(LocalDate.of(2026, 12, 20))).get(0);
        assertThat(f.severity()).isEqualTo(Severity.OVERDUE);
        assertThat(f.message()).contains("锦城区直属机关工委", "开展党支部标准化规范化建设自查", "督办〔2026〕3号", "已过5天",
                "2026-12-18已催办", "DB-01");
        assertThat(f.since()).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(f.fixPath()).isEqualTo("/tasks/9");
        assertThat(f.facts()).containsEntry("最近催办", "2026-12-18").containsEntry("延期申请", "无");
    }

    @Test
    void aReportOrAnExtensionRequestWaitsForTheIssuerUntilItDecides() {
        DutyFacts toDecide = new DutyFacts(List.of(), List.of(
                new AwaitingDecision(41, 9, "督办〔2026〕3号", "开展自查", "锦城区财政局机关党委", true, LocalDate.of(2026, 12, 10)),
                new AwaitingDecision(42, 9, "督办〔2026〕3号", "开展自查", "锦城区统计局机关党支部", false,
                        LocalDate.of(2026, 12, 12))));
        assertThat(outcome(decision, branch(toDecide), context(LocalDate.of(2026, 12, 20)))).isEqualTo("DUE:41,DUE:42");
        List<FindingDraft> found = decision.evaluate(branch(toDecide), context(LocalDate.of(2026, 12, 20)));
        assertThat(found.get(0).message()).contains("锦城区财政局机关党委", "已反馈办理情况", "销号");
        assertThat(found.get(1).message()).contains("申请延期");
        assertThat(outcome(due, branch(toDecide), context(LocalDate.of(2026, 12, 20)))).as("nothing assigned to it")
                .isEqualTo("NONE");
        assertThat(outcome(decision, branch(), context(LocalDate.of(2026, 12, 20)))).isEqualTo("N/A");
    }

    private final RectificationItemRule item = new RectificationItemRule();
    private final RectificationReportRule report = new RectificationReportRule();

    @ParameterizedTest(name = "item due by 2026-12-31, on {0}: {1}")
    @CsvSource({
            "2026-12-23, NONE",
            // the last 7 days
            "2026-12-24, DUE:item-5",
            "2026-12-31, DUE:item-5",
            "2027-01-01, OVERDUE:item-5"})
    void aRectificationItemIsDueInItsLastWeekAndOverdueAfter(LocalDate today, String expected) {
        DutyFacts facts = new DutyFacts(List.of(), List.of(), List.of(new DutyFacts.OpenItem(5, 3, "区委第三巡察组巡察", 1,
                "三会一课记录不规范", "张明", LocalDate.of(2026, 12, 31))), List.of());
        assertThat(outcome(item, branch(facts), context(today))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "feedback 2026-10-31, reports due 2026-12-31, on {0} (sent: {1}): {2}")
    @CsvSource({
            "2026-11-01, false, DUE:inspection-3",
            "2026-12-31, false, DUE:inspection-3",
            "2027-01-01, false, OVERDUE:inspection-3",
            "2027-01-01, true, OVERDUE:inspection-3"})
    void theReportsAreDueByTheParametersMonthsAndOverdueAfter(LocalDate today, boolean oneSent, String expected) {
        DutyFacts facts = new DutyFacts(List.of(), List.of(), List.of(), List.of(new DutyFacts.DueReports(3,
                "区委第三巡察组巡察", LocalDate.of(2026, 10, 31), LocalDate.of(2026, 12, 31), oneSent, false)));
        assertThat(outcome(report, branch(facts), context(today))).isEqualTo(expected);
        String message = report.evaluate(branch(facts), context(today)).get(0).message();
        assertThat(message).contains("主要负责人组织落实情况报告", "ZG-01");
        assertThat(message.contains("反馈，整改情况报告和")).isEqualTo(!oneSent);
    }

    @Test
    void theDutyRulesCiteThePracticeTheyFollow() {
        List<ComplianceRule> rules = List.of(due, decision);
        assertThat(rules).extracting(ComplianceRule::ruleId).containsExactly("DB-01", "DB-04");
        assertThat(List.of(item, report)).extracting(ComplianceRule::ruleId).containsExactly("ZG-03", "ZG-01");
        assertThat(report.article()).contains("巡视工作条例");
        assertThat(rules).extracting(ComplianceRule::category).containsOnly(RuleCategory.DUTY);
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.code()).startsWith("duty.");
            assertThat(r.article()).contains("督查督办");
        });
    }
}
