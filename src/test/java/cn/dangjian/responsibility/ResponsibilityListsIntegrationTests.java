package cn.dangjian.responsibility;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.compliance.Compliance;
import java.time.LocalDate;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
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
import static org.awaitility.Awaitility.await;

/**
 * 责任清单 on the real database, on 20 November 2026: a list issued by the 工委 binds the branches below it; the
 * branch's "每季度召开支部党员大会" (ZB-08) is 待办 while the fourth quarter's assembly is not held, and recording the
 * meeting turns it 已落实 — through the life module's event and compliance's re-evaluation, no call to either; a
 * sibling branch neither sees nor states on it; duties no record evidences are stated, never uploaded.
 */
@ClockedIntegrationTest
class ResponsibilityListsIntegrationTests {

    @Autowired
    ResponsibilityLists lists;
    @Autowired
    Meetings meetings;
    @Autowired
    OrgUnits orgs;
    @Autowired
    Members members;
    @Autowired
    Compliance compliance;
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
    void aRecordedAssemblyTurnsTheBranchsDutyFromDueToDoneThroughTheEvent() {
        clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
        TestTree.Tree t = trees.build();
        // a branch set up in late September: of this year's assemblies only the fourth quarter's is asked of it
        long b = orgs.create(system, new NewOrgUnit(t.a(), OrgType.BRANCH, "新设党支部" + t.a(), null,
                LocalDate.of(2026, 9, 20), null));
        long secretary = members.create(system, TestTree.member("周新" + t.a(), b, MemberKind.FULL));
        events.await();
        long listId = lists.issue(system, new IssueList(t.root(), 2026, "2026年度党建工作责任清单",
                lists.startingPoint(system, t.root(), 2026)));
        AccessScope branch = trees.subtreeScope(b, Permission.DUTY_VIEW, Permission.DUTY_REPORT);

        assertThat(lists.binding(branch, b, 2026)).map(ListView::id).contains(listId);
        DutyLine assembly = line(branch, listId, b, Evidence.BRANCH_ASSEMBLY);
        assertThat(assembly.status()).as(assembly.reasons().toString()).isEqualTo(DutyStatus.DUE);
        assertThat(assembly.reasons()).singleElement().asString().contains("ZB-08");
        assertThat(assembly.records()).isEqualTo("/meetings?orgId=" + b + "&type=BRANCH_ASSEMBLY");
        // the 机关党委 is bound by its own level's duties only
        assertThat(lists.duties(system, listId, t.a()).lines()).extracting(l -> l.duty().level())
                .containsOnly(DutyLevel.PARTY_COMMITTEE);

        meetings.record(system, new RecordMeeting(b, MeetingType.BRANCH_ASSEMBLY, null, "第四季度支部党员大会", null,
                LocalDateTime.of(2026, 11, 19, 15, 0), "会议室", secretary, secretary,
                List.of(new RecordMeeting.Attendance(secretary, AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem("学习", null, null, null))));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(line(branch, listId, b, Evidence.BRANCH_ASSEMBLY).status()).isEqualTo(DutyStatus.DONE));
        // the older sibling missed three quarters: overdue, with each quarter named; the 工委 sees them all
        DutyLine older = line(system, listId, t.a1(), Evidence.BRANCH_ASSEMBLY);
        assertThat(older.status()).isEqualTo(DutyStatus.OVERDUE);
        assertThat(older.reasons()).hasSize(3).allMatch(r -> r.contains("逾期未召开"));
        var rows = lists.overview(system, listId, t.root(), false, new PageRequest(1, 50)).items();
        assertThat(rows).extracting(ListOverview.Row::orgId).containsExactlyInAnyOrder(t.a(), t.a1(), t.a2(), b);
        assertThat(rows.get(0).count(DutyStatus.OVERDUE)).isPositive();
        assertThat(rows.stream().filter(r -> r.orgId() == b).findFirst().orElseThrow().count(DutyStatus.DONE))
                .isGreaterThanOrEqualTo(1);
        assertThat(lists.overview(system, listId, t.root(), true, new PageRequest(1, 50)).items())
                .allMatch(r -> r.count(DutyStatus.OVERDUE) > 0);
    }

    @Test
    void aSiblingBranchCannotReadOrStateOnAnotherBranchsDuties() {
        clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
        TestTree.Tree t = trees.build();
        long listId = lists.issue(system, new IssueList(t.root(), 2026, "清单", lists.startingPoint(system, t.root(), 2026)));
        AccessScope sibling = trees.subtreeScope(t.a2(), Permission.DUTY_VIEW, Permission.DUTY_REPORT);
        long unevidenced = lists.duties(system, listId, t.a1()).lines().stream()
                .filter(l -> l.duty().evidence() == null).findFirst().orElseThrow().duty().id();

        assertThatThrownBy(() -> lists.duties(sibling, listId, t.a1()))
                .isInstanceOfAny(NotFoundException.class, ForbiddenException.class);
        assertThatThrownBy(() -> lists.state(sibling, listId, unevidenced, t.a1(), "已落实"))
                .isInstanceOfAny(NotFoundException.class, ForbiddenException.class);
        assertThatThrownBy(() -> lists.overview(sibling, listId, t.a1(), false, new PageRequest(1, 20)))
                .isInstanceOfAny(NotFoundException.class, ForbiddenException.class);
        // the sibling's own overview holds only itself
        assertThat(lists.overview(sibling, listId, t.a2(), false, new PageRequest(1, 20)).items())
                .extracting(ListOverview.Row::orgId).containsExactly(t.a2());

        AccessScope own = trees.subtreeScope(t.a1(), Permission.DUTY_VIEW, Permission.DUTY_REPORT);
        lists.state(own, listId, unevidenced, t.a1(), "书记牵头，副书记协助，支委会已明确分工。");
        DutyLine stated = lists.duties(own, listId, t.a1()).lines().stream()
                .filter(l -> l.duty().id() == unevidenced).findFirst().orElseThrow();
        assertThat(stated.status()).isEqualTo(DutyStatus.STATED);
        assertThat(stated.statement()).isEqualTo("书记牵头，副书记协助，支委会已明确分工。");
        assertThat(lists.duties(own, listId, t.a1()).lines()).filteredOn(l -> l.duty().evidence() == null)
                .extracting(DutyLine::status).contains(DutyStatus.NOT_EVIDENCED);

        long evidenced = lists.duties(own, listId, t.a1()).lines().stream()
                .filter(l -> l.duty().evidence() == Evidence.BRANCH_ASSEMBLY).findFirst().orElseThrow().duty().id();
        assertThatThrownBy(() -> lists.state(own, listId, evidenced, t.a1(), "开过了"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("自动反映");
        // a branch may not issue, and a list names its rows' problems
        assertThatThrownBy(() -> lists.issue(trees.subtreeScope(t.a1()), new IssueList(t.a1(), 2026, "清单", List.of())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aListIsCheckedRowByRowRevisedAtItsVersionAndNextYearStartsFromIt() {
        clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
        TestTree.Tree t = trees.build();
        assertThatThrownBy(() -> lists.issue(system, new IssueList(t.a(), 2026, " ", List.of(
                new DutyDraft(null, null, DutyPost.ORGANIZATION, "按期换届", "XJ-01", DutyCycle.TERM, Evidence.TERM)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactlyInAnyOrder("title", "duties[0].level"));
        assertThatThrownBy(() -> lists.issue(system, new IssueList(t.a(), 2024, "旧清单",
                lists.startingPoint(system, t.a(), 2024))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("year"));

        long id = lists.issue(system, new IssueList(t.a(), 2026, "机关党委责任清单", List.of(
                new DutyDraft(null, DutyLevel.BRANCH, DutyPost.ORGANIZATION, "每季度召开支部党员大会", "ZB-08",
                        DutyCycle.QUARTERLY, Evidence.BRANCH_ASSEMBLY))));
        assertThatThrownBy(() -> lists.issue(system, new IssueList(t.a(), 2026, "又一份", List.of(
                new DutyDraft(null, DutyLevel.BRANCH, DutyPost.ORGANIZATION, "x", "y", DutyCycle.YEARLY, null)))))
                .isInstanceOf(ConflictException.class);
        ListView issued = lists.get(system, id, t.a());
        DutyView kept = issued.duties().get(0);
        lists.revise(system, id, issued.version(), new IssueList(t.a(), 2026, "机关党委责任清单（修订）", List.of(
                new DutyDraft(kept.id(), kept.level(), kept.post(), "每季度至少召开一次支部党员大会", kept.basis(),
                        kept.cycle(), kept.evidence()),
                new DutyDraft(null, DutyLevel.BRANCH, DutyPost.SECRETARY, "每年讲一次党课", "ZB-12", DutyCycle.YEARLY,
                        Evidence.PARTY_LESSON))));
        ListView revised = lists.get(system, id, t.a1());
        assertThat(revised.duties()).extracting(DutyView::text)
                .containsExactly("每季度至少召开一次支部党员大会", "每年讲一次党课");
        assertThat(revised.duties().get(0).id()).isEqualTo(kept.id());
        assertThatThrownBy(() -> lists.revise(system, id, issued.version(), new IssueList(t.a(), 2026, "再改",
                List.of(new DutyDraft(null, DutyLevel.BRANCH, DutyPost.ORGANIZATION, "x", "y", DutyCycle.YEARLY, null)))))
                .isInstanceOf(ConflictException.class);
        // the list as a document, for the branch too
        assertThat(cn.dangjian.support.PdfFiles.text(lists.document(system, id, t.a1(), true).content()))
                .contains("机关党委责任清单（修订）", "每季度至少召开一次支部党员大会", "支部党员大会记录", "ZB-12");
        assertThat(cn.dangjian.support.WordFiles.text(lists.document(system, id, t.a(), false).content()))
                .contains("每年讲一次党课", "党课记录").doesNotContain("{{");
        // the nearest list binds: the branch sees its 机关党委's, not the template
        assertThat(lists.binding(system, t.a1(), 2026)).map(ListView::id).contains(id);
        assertThat(lists.startingPoint(system, t.a(), 2027)).extracting(DutyDraft::text)
                .containsExactly("每季度至少召开一次支部党员大会", "每年讲一次党课");
    }

    private DutyLine line(AccessScope scope, long listId, long orgId, Evidence evidence) {
        return lists.duties(scope, listId, orgId).lines().stream().filter(l -> l.duty().evidence() == evidence)
                .findFirst().orElseThrow();
    }
}
