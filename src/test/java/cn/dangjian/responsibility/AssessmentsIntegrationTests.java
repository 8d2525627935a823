package cn.dangjian.responsibility;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.EventsSettled;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestClock;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 考核 from the records on the real database, on 20 November 2026: the 工委 chooses two indicators; under a new
 * 机关党委, a branch with no establishment date has missed the first three quarters' 支部党员大会 and a branch set up
 * on 20 September holds its fourth quarter's — so "支部党员大会按期召开" is 1/2 on that 党委's row, with the missing
 * branch's findings behind the figure; a branch sees its own figure and nobody else's, and cannot choose.
 */
@ClockedIntegrationTest
class AssessmentsIntegrationTests {

    @Autowired
    Assessments assessments;
    @Autowired
    Meetings meetings;
    @Autowired
    OrgUnits orgs;
    @Autowired
    Members members;
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
    void aFigureCountsTheBranchesThatMissedNothingAndNamesTheFindingsBehindEachMiss() {
        clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
        TestTree.Tree t = trees.build();
        long p = orgs.create(system, new NewOrgUnit(t.root(), OrgType.PARTY_COMMITTEE, "考核局机关党委" + t.root(), null,
                null, null));
        long missing = orgs.create(system, new NewOrgUnit(p, OrgType.BRANCH, "考核局第一党支部" + t.root(), null, null, null));
        long holding = orgs.create(system, new NewOrgUnit(p, OrgType.BRANCH, "考核局新设党支部" + t.root(), null,
                LocalDate.of(2026, 9, 20), null));
        members.create(system, TestTree.member("吴老" + t.root(), missing, MemberKind.FULL));
        long secretary = members.create(system, TestTree.member("周新" + t.root(), holding, MemberKind.FULL));
        events.await();
        long id = assessments.define(system, t.root(), 2026, List.of(Indicator.TERM, Indicator.BRANCH_ASSEMBLY));
        meetings.record(system, new RecordMeeting(holding, MeetingType.BRANCH_ASSEMBLY, null, "第四季度支部党员大会", null,
                LocalDateTime.of(2026, 11, 19, 15, 0), "会议室", secretary, secretary,
                List.of(new RecordMeeting.Attendance(secretary, AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem("学习", null, null, null))));
        events.await();

        AssessmentResults atRoot = assessments.results(system, id, t.root());
        assertThat(atRoot.assessment().indicators()).containsExactly(Indicator.BRANCH_ASSEMBLY, Indicator.TERM);
        // a row per 机关党委 below the 工委, in the tree's order whatever the figures
        List<Long> byPath = List.of(t.a(), p).stream()
                .sorted(Comparator.comparing(o -> orgs.ref(o).orElseThrow().path())).toList();
        assertThat(atRoot.rows()).extracting(AssessmentResults.Row::orgId).containsExactlyElementsOf(byPath);

        AssessmentResults.Figure assembly = row(atRoot, p).figure(Indicator.BRANCH_ASSEMBLY);
        assertThat(assembly.met()).isEqualTo(1);
        assertThat(assembly.counted()).isEqualTo(2);
        assertThat(assembly.ratio()).isEqualTo("1/2");
        assertThat(assembly.percent()).isEqualTo("50%");
        assertThat(assembly.misses()).singleElement().satisfies(m -> {
            assertThat(m.orgId()).isEqualTo(missing);
            assertThat(m.reasons()).hasSize(3).allMatch(r -> r.contains("逾期未召开"));
            assertThat(m.records()).isEqualTo("/meetings?orgId=" + missing + "&type=BRANCH_ASSEMBLY");
            assertThat(m.duties()).isEqualTo("/duties?orgId=" + missing + "&year=2026");
        });
        // 党委 A's two branches have no establishment date: both missed
        assertThat(row(atRoot, t.a()).figure(Indicator.BRANCH_ASSEMBLY).ratio()).isEqualTo("0/2");
        assertThat(atRoot.total().orgId()).isEqualTo(t.root());
        assertThat(atRoot.total().figure(Indicator.BRANCH_ASSEMBLY).ratio()).isEqualTo("1/4");
        assertThat(atRoot.total().figure(Indicator.BRANCH_ASSEMBLY).percent()).isEqualTo("25%");
        // 按期换届 counts every level below the 工委 (the 党委 and its branches); no term has run out
        assertThat(row(atRoot, p).figure(Indicator.TERM).ratio()).isEqualTo("3/3");
        assertThat(atRoot.total().figure(Indicator.TERM).ratio()).isEqualTo("6/6");

        // from the 党委: a row per branch
        AssessmentResults atP = assessments.results(system, id, p);
        assertThat(atP.rows()).extracting(AssessmentResults.Row::orgId).containsExactlyInAnyOrder(missing, holding);
        assertThat(row(atP, holding).figure(Indicator.BRANCH_ASSEMBLY).ratio()).isEqualTo("1/1");
        assertThat(row(atP, missing).figure(Indicator.BRANCH_ASSEMBLY).ratio()).isEqualTo("0/1");
        assertThat(atP.total().figure(Indicator.BRANCH_ASSEMBLY).ratio()).isEqualTo("1/2");
    }

    @Test
    void aBranchSeesItsOwnFigureButNeitherASiblingsNorTheWorkCommitteesAndCannotChoose() {
        clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
        TestTree.Tree t = trees.build();
        long id = assessments.define(system, t.root(), 2026, List.of(Indicator.BRANCH_ASSEMBLY));
        AccessScope branch = trees.subtreeScope(t.a2(), Permission.DUTY_VIEW, Permission.DUTY_REPORT);

        assertThat(assessments.of(branch, t.a2(), 2026)).map(AssessmentView::id).contains(id);
        AssessmentResults own = assessments.results(branch, id, t.a2());
        assertThat(own.rows()).isEmpty();
        assertThat(own.total().orgId()).isEqualTo(t.a2());
        assertThat(own.total().figure(Indicator.BRANCH_ASSEMBLY).counted()).isEqualTo(1);

        assertThatThrownBy(() -> assessments.results(branch, id, t.a1()))
                .isInstanceOfAny(NotFoundException.class, ForbiddenException.class);
        assertThatThrownBy(() -> assessments.results(branch, id, t.root()))
                .isInstanceOfAny(NotFoundException.class, ForbiddenException.class);
        assertThatThrownBy(() -> assessments.results(branch, id, t.a()))
                .isInstanceOfAny(NotFoundException.class, ForbiddenException.class);
        assertThatThrownBy(() -> assessments.of(branch, t.a1(), 2026))
                .isInstanceOfAny(NotFoundException.class, ForbiddenException.class);
        assertThatThrownBy(() -> assessments.define(branch, t.a(), 2026, List.of(Indicator.TERM)))
                .isInstanceOf(ForbiddenException.class);
        // with every permission, a branch still reaches no 党委 to choose for
        assertThatThrownBy(() -> assessments.define(trees.subtreeScope(t.a2()), t.a(), 2026, List.of(Indicator.TERM)))
                .isInstanceOf(NotFoundException.class);
        // another tree's 党委 is neither inside nor above the issuer
        TestTree.Tree other = trees.build();
        assertThatThrownBy(() -> assessments.results(trees.subtreeScope(other.a()), id, other.a()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void choosingAgainReplacesTheIndicatorsAtTheirVersionAndOnlyACommitteeChoosesForThisYearOrNext() {
        clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
        TestTree.Tree t = trees.build();
        long id = assessments.define(system, t.a(), 2026, List.of(Indicator.TALKS, Indicator.BRANCH_ASSEMBLY,
                Indicator.TALKS));
        AssessmentView first = assessments.of(system, t.a1(), 2026).orElseThrow();
        assertThat(first.id()).isEqualTo(id);
        assertThat(first.indicators()).containsExactly(Indicator.BRANCH_ASSEMBLY, Indicator.TALKS);

        assertThatThrownBy(() -> assessments.define(system, t.a(), 2026, List.of(Indicator.DUES)))
                .isInstanceOf(ConflictException.class);
        assertThat(assessments.define(system, t.a(), 2026, List.of(Indicator.DUES, Indicator.TERM), first.version()))
                .isEqualTo(id);
        assertThat(assessments.of(system, t.a(), 2026).orElseThrow().indicators())
                .containsExactly(Indicator.TERM, Indicator.DUES);
        assertThatThrownBy(() -> assessments.define(system, t.a(), 2026, List.of(Indicator.TASKS), first.version()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("请刷新后重试");

        assertThatThrownBy(() -> assessments.define(system, t.a1(), 2026, List.of(Indicator.TERM)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("issuerOrgId"));
        assertThatThrownBy(() -> assessments.define(system, t.root(), 2025, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("year", "indicators"));

        // the nearest choice binds; the 工委 looking at its 党委's sees it from the 党委
        long rootId = assessments.define(system, t.root(), 2026, List.of(Indicator.TERM));
        assessments.define(system, t.root(), 2027, List.of(Indicator.TERM));
        assertThat(assessments.of(system, t.a1(), 2026)).map(AssessmentView::id).contains(id);
        assertThat(assessments.of(system, t.root(), 2026)).map(AssessmentView::id).contains(rootId);
        assertThat(assessments.of(system, t.a1(), 2027)).map(AssessmentView::issuerOrgId).contains(t.root());
        assertThat(assessments.of(system, t.a1(), 2028)).isEmpty();
        assertThat(assessments.results(system, id, t.root()).orgId()).isEqualTo(t.a());
    }

    private static AssessmentResults.Row row(AssessmentResults results, long orgId) {
        return results.rows().stream().filter(r -> r.orgId() == orgId).findFirst().orElseThrow();
    }
}
