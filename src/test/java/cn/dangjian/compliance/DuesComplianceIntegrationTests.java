package cn.dangjian.compliance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.EventsSettled;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestClock;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The 党费 rules on the real database, on 10 June 2026: a branch whose member has no 核定 for the year (due by the
 * end of March, DF-17) and whose first quarter is not remitted (due 10 April, DF-22) has both findings in the 党费
 * column; recording the 核定 — through the dues module's event, no evaluation called — closes DF-17 and, since the
 * months from January are now due and unpaid, brings the arrears reminder (DF-13).
 */
@ClockedIntegrationTest
class DuesComplianceIntegrationTests {

    @Autowired
    Compliance compliance;
    @Autowired
    DuesAssessments assessments;
    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    EventsSettled events;

    private final AccessScope system = AccessScope.system();

    @AfterEach
    void backToNow() {
        clock.set(LocalDateTime.now(TestClock.BEIJING));
    }

    @Test
    void anUnassessedBranchIsOverdueUntilTheAssessmentIsRecordedAndThenOwesItsRemittances() {
        clock.set(LocalDateTime.of(2026, 6, 10, 9, 0));
        TestTree.Tree t = trees.build();
        // the evaluations the new tree triggers by itself pass first: only the 核定's event may close the finding
        events.await();
        compliance.reevaluateSubtree(t.a1());

        FindingView assessment = open(t.a1(), "DF-17");
        assertThat(assessment.message()).startsWith("1名党员尚未核定本年度党费");
        assertThat(assessment.severity()).isEqualTo(Severity.OVERDUE);
        assertThat(assessment.category()).isEqualTo(RuleCategory.DUES);
        assertThat(assessment.subject()).isEqualTo("2026");
        assertThat(assessment.fixPath()).isEqualTo("/dues/assessments?orgId=" + t.a1() + "&year=2026");
        assertThat(assessment.parameters()).containsEntry("dues.assessment-deadline-month", "3");
        // nothing collected here yet, so nothing is asked to be handed up (DF-22 starts with the register)
        assertThat(compliance.workbench(system, t.a1())).extracting(FindingView::ruleId).doesNotContain("DF-22");
        ComplianceMatrix.Row branchRow = compliance.matrix(system, t.a()).children().stream()
                .filter(r -> r.orgId() == t.a1()).findFirst().orElseThrow();
        assertThat(branchRow.worst(RuleCategory.DUES)).isEqualTo(Severity.OVERDUE);

        assessments.assessAll(system, t.a1(), 2026,
                List.of(AssessMember.annual(t.memberA1(), 2026, DuesCategory.CIVIL_SERVANT, "6000")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            FindingView closed = compliance.findings(system,
                            new FindingQuery(t.a1(), true, RuleCategory.DUES, null, "DF-17", true),
                            new PageRequest(1, 50))
                    .items().stream().filter(f -> f.id() == assessment.id()).findFirst().orElseThrow();
            assertThat(closed.resolvedOn()).isEqualTo(LocalDate.of(2026, 6, 10));
            assertThat(closed.lapsed()).isFalse();
            assertThat(open(t.a1(), "DF-13").message()).contains("已连续5个月未交纳党费").contains("再欠1个月即满6个月");
            FindingView remittance = open(t.a1(), "DF-22");
            assertThat(remittance.subject()).isEqualTo("2026-Q1");
            assertThat(remittance.message()).startsWith("2026年第一季度的党费尚未上缴上级党委（应于2026-04-10前上缴）");
        });
        assertThat(compliance.workbench(system, t.a1())).extracting(FindingView::ruleId).doesNotContain("DF-17");
    }

    @Test
    void theCatalogueListsTheDuesRulesWithTheDuesParametersTheyRead() {
        List<RuleView> dues = compliance.catalogue().stream().filter(r -> r.category() == RuleCategory.DUES).toList();
        assertThat(dues).extracting(RuleView::ruleId)
                .containsExactlyInAnyOrder("DF-07", "DF-12", "DF-13", "DF-13", "DF-17", "DF-21", "DF-22");
        assertThat(dues).filteredOn(r -> r.code().equals("dues.arrears-warning")).singleElement()
                .satisfies(r -> assertThat(r.parameters()).singleElement()
                        .satisfies(p -> assertThat(p.label()).isEqualTo("欠交提醒的月数")));
    }

    private FindingView open(long orgId, String ruleId) {
        return compliance.workbench(system, orgId).stream().filter(f -> f.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no open " + ruleId + " finding in "
                        + compliance.workbench(system, orgId)));
    }
}
