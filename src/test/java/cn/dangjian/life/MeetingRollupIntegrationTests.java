package cn.dangjian.life;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 工委's level-by-level view: a quarter's meetings per sub-organization, rolled up from the records. */
@IntegrationTest
class MeetingRollupIntegrationTests {

    @Autowired
    Meetings meetings;
    @Autowired
    cn.dangjian.life.MeetingStatistics statistics;
    @Autowired
    Members members;
    @Autowired
    OrgUnits orgs;
    @Autowired
    TestTree trees;

    private final AccessScope system = AccessScope.system();

    @Test
    void aQuartersMeetingsAreCountedPerSubOrganizationIncludingThoseThatHeldNone() {
        TestTree.Tree t = trees.build();
        long b = orgs.create(system, new NewOrgUnit(t.root(), OrgType.PARTY_COMMITTEE, "乙局机关党委" + t.a(), null, null, null));
        long b1 = orgs.create(system, new NewOrgUnit(b, OrgType.BRANCH, "乙局第一党支部" + t.a(), null, null, null));
        members.create(system, TestTree.member("赵六", b1, MemberKind.FULL));
        int year = LocalDate.now().getYear() - 1;
        record(t.a1(), t.memberA1(), MeetingType.THEME_DAY, LocalDate.of(year, 9, 30).atTime(15, 0), true);  // Q3
        record(t.a1(), t.memberA1(), MeetingType.THEME_DAY, LocalDate.of(year, 10, 1).atTime(9, 0), false);
        record(t.a1(), t.memberA1(), MeetingType.THEME_DAY, LocalDate.of(year, 12, 31).atTime(16, 0), true); // 补录
        record(t.a2(), t.memberA2(), MeetingType.PARTY_LESSON, LocalDate.of(year, 11, 5).atTime(9, 0), false);

        MeetingRollup root = statistics.rollup(system, t.root(), year, 4);
        assertThat(root.periodLabel()).isEqualTo(year + "年第四季度");
        assertThat(root.total().total()).isEqualTo(3);
        assertThat(root.total().lateEntries()).isEqualTo(1);
        assertThat(root.children()).extracting(MeetingRollup.Row::orgId).containsExactlyInAnyOrder(t.a(), b);
        assertThat(root.children()).filteredOn(r -> r.orgId() == t.a()).singleElement().satisfies(r -> {
            assertThat(r.held(MeetingType.THEME_DAY)).isEqualTo(2);
            assertThat(r.held(MeetingType.PARTY_LESSON)).isEqualTo(1);
            assertThat(r.lateEntries()).isEqualTo(1);
        });
        assertThat(root.children()).filteredOn(r -> r.orgId() == b).singleElement()
                .satisfies(r -> assertThat(r.total()).isZero());

        MeetingRollup a = statistics.rollup(system, t.a(), year, 4);
        assertThat(a.children()).extracting(r -> r.orgId() + ":" + r.total() + ":" + r.branch())
                .containsExactlyInAnyOrder(t.a1() + ":2:true", t.a2() + ":1:true");
        assertThat(statistics.rollup(system, t.a(), year, 3).total().total()).isEqualTo(1);
        assertThat(statistics.rollup(system, t.a(), year, 0).total().held(MeetingType.THEME_DAY)).isEqualTo(3);
        // a branch's own meetings are its total
        assertThat(statistics.rollup(system, t.a1(), year, 4).total().total()).isEqualTo(2);

        // moving a branch moves its counts to the new parent's subtree, the root's total unchanged
        orgs.move(system, t.a1(), b, orgs.get(system, t.a1()).version());
        MeetingRollup moved = statistics.rollup(system, t.root(), year, 4);
        assertThat(moved.total().total()).isEqualTo(3);
        assertThat(moved.children()).extracting(r -> r.orgId() + ":" + r.total())
                .containsExactlyInAnyOrder(t.a() + ":1", b + ":2");
        assertThat(statistics.rollup(system, b, year, 4).children()).extracting(MeetingRollup.Row::orgId)
                .containsExactlyInAnyOrder(b1, t.a1());
    }

    @Test
    void theRollupStaysInsideTheCallersScope() {
        TestTree.Tree t = trees.build();
        AccessScope a1 = trees.subtreeScope(t.a1(), Permission.LIFE_VIEW, Permission.ORG_VIEW);
        assertThatThrownBy(() -> statistics.rollup(a1, t.a2(), 2025, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> statistics.rollup(a1, t.a1(), 2025, 5)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("季度");
    }

    private void record(long org, long member, MeetingType type, LocalDateTime at, boolean late) {
        RecordMeeting meeting = new RecordMeeting(org, type, null, type.label(), type == MeetingType.PARTY_LESSON ? "书记" : null,
                at, null, member, member, List.of(new RecordMeeting.Attendance(member, AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem("学习", null, null, null)));
        meetings.recordAsOf(system, meeting, at.toLocalDate().plusDays(late ? 10 : 1));
    }
}
