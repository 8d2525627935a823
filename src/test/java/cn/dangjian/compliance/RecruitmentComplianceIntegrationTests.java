package cn.dangjian.compliance;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.dangjian.recruitment.OpenCase;
import cn.dangjian.recruitment.RecordStep;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.recruitment.StepKind;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.support.EventsSettled;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A 发展党员 case late for its FZ-03 talk, on the real database: the evaluation of its branch finds it (counted up
 * the tree in the 发展党员 column), and recording the talk — late, so with a justification — closes the finding by
 * itself, through the step's event.
 */
@IntegrationTest
class RecruitmentComplianceIntegrationTests {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired
    Compliance compliance;
    @Autowired
    Recruitment recruitment;
    @Autowired
    TestTree trees;
    @Autowired
    Clock clock;
    @Autowired
    EventsSettled events;

    private final AccessScope system = AccessScope.system();

    @Test
    void aLateApplicationTalkIsAFindingUntilTheTalkIsRecorded() {
        TestTree.Tree t = trees.build();
        long caseId = recruitment.open(system, new OpenCase(t.a1(), "孙嘉禾",
                TestTree.citizenId(LocalDate.of(1999, 5, 20), 700 + PEOPLE.getAndIncrement(), true), Ethnicity.HAN,
                EducationLevel.BACHELOR, null, "科员", "13912345678", LocalDate.of(2026, 9, 1), "递交入党申请书"));
        compliance.reevaluateSubtree(t.a1());

        FindingView late = talkFinding(t.a1(), caseId);
        assertThat(late.message()).isEqualTo(
                "孙嘉禾入党申请已超过一个月未派人谈话（应于2026-10-01前，《中国共产党发展党员工作细则》第七条）");
        assertThat(late.severity()).isEqualTo(Severity.OVERDUE);
        assertThat(late.category()).isEqualTo(RuleCategory.RECRUITMENT);
        assertThat(late.deadline()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(late.openedOn()).as("dated from the day the month was passed").isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(late.fixPath()).isEqualTo("/recruitment/cases/" + caseId);
        assertThat(late.facts()).containsEntry("姓名", "孙嘉禾").containsEntry("待办环节", "派人同入党申请人谈话");
        ComplianceMatrix.Row branchRow = compliance.matrix(system, t.a()).children().stream()
                .filter(r -> r.orgId() == t.a1()).findFirst().orElseThrow();
        assertThat(branchRow.count(RuleCategory.RECRUITMENT)).isEqualTo(1);
        assertThat(branchRow.worst(RuleCategory.RECRUITMENT)).isEqualTo(Severity.OVERDUE);

        // the evaluations the new tree and the opening trigger by themselves pass first: only the step's event may close it
        events.await();
        assertThat(talkFinding(t.a1(), caseId).id()).isEqualTo(late.id());

        RecordStep talk = RecordStep.on(StepKind.APPLICATION_TALK, LocalDate.of(2026, 10, 15))
                .withMembers(List.of(t.memberA1()));
        assertThatThrownBy(() -> recruitment.record(system, caseId, talk))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("情况说明");
        recruitment.record(system, caseId, talk.withJustification("申请人9月在外地参加集中培训，返岗后即谈话"));

        // no evaluation called here: the step's event re-evaluates the branch
        LocalDate today = LocalDate.now(clock);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            FindingView closed = compliance.findings(system,
                            new FindingQuery(t.a1(), true, RuleCategory.RECRUITMENT, null, "FZ-03", true),
                            new PageRequest(1, 50)).items().stream().filter(f -> f.id() == late.id())
                    .findFirst().orElseThrow();
            assertThat(closed.resolvedOn()).isEqualTo(today);
            assertThat(closed.lapsed()).isFalse();
        });
        assertThat(compliance.workbench(system, t.a1())).noneMatch(f -> f.ruleId().equals("FZ-03"));
        assertThat(compliance.matrix(system, t.a()).total().count(RuleCategory.RECRUITMENT)).isZero();
    }

    @Test
    void theCatalogueListsTheRecruitmentRulesWithTheGracePeriodTheyRead() {
        List<RuleView> recruitmentRules = compliance.catalogue().stream()
                .filter(r -> r.category() == RuleCategory.RECRUITMENT).toList();
        assertThat(recruitmentRules).extracting(RuleView::ruleId)
                .containsExactly("FZ-03", "FZ-06", "FZ-13", "FZ-19", "FZ-20", "FZ-22", "FZ-24", "FZ-25");
        assertThat(recruitmentRules).allSatisfy(r -> assertThat(r.article()).startsWith("《中国共产党发展党员工作细则》第"));
        assertThat(recruitmentRules).filteredOn(r -> r.ruleId().equals("FZ-22") || r.ruleId().equals("FZ-25"))
                .allSatisfy(r -> assertThat(r.parameters()).singleElement().satisfies(p -> {
                    assertThat(p.key()).isEqualTo("recruitment.confirmation-grace-days");
                    assertThat(p.label()).isEqualTo("预备期满讨论转正的期限");
                    assertThat(p.value()).isNotBlank();
                }));
    }

    private FindingView talkFinding(long orgId, long caseId) {
        return compliance.workbench(system, orgId).stream()
                .filter(f -> f.ruleId().equals("FZ-03") && f.subject().equals(String.valueOf(caseId)))
                .findFirst().orElseThrow(() -> new AssertionError("no open FZ-03 finding for case " + caseId + " in "
                        + compliance.workbench(system, orgId)));
    }
}
