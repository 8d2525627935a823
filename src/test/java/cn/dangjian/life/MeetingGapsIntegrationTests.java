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
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestClock;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Which branches missed which meetings?" on the real database: periods that ended without the required meeting
 * (ZB-08 支部党员大会 quarterly, JY-02 主题党日 monthly, ZB-12 党课 quarterly by default), never the period under
 * way, worst first, and only inside the caller's subtree.
 */
@ClockedIntegrationTest
class MeetingGapsIntegrationTests {

    @Autowired
    MeetingGaps gaps;
    @Autowired
    Meetings meetings;
    @Autowired
    Members members;
    @Autowired
    OrgUnits orgs;
    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;

    private final AccessScope system = AccessScope.system();
    private TestTree.Tree t;
    private long busy;
    private long idle;
    private long busyMember;

    @BeforeEach
    void twoBranchesOfOneCommittee() {
        clock.set(LocalDateTime.of(2026, 5, 15, 10, 0));
        t = trees.build();
        LocalDate founded = LocalDate.of(2020, 1, 1);
        busy = orgs.create(system, new NewOrgUnit(t.a(), OrgType.BRANCH, "甲处党支部" + t.a(), null, founded, null));
        idle = orgs.create(system, new NewOrgUnit(t.a(), OrgType.BRANCH, "乙处党支部" + t.a(), null, founded, null));
        busyMember = members.create(system, TestTree.member("周明", busy, MemberKind.FULL));
        members.create(system, TestTree.member("吴芳", idle, MemberKind.FULL));
        for (int month : new int[] {1, 2, 4}) {
            record(busy, busyMember, MeetingType.THEME_DAY, LocalDateTime.of(2026, month, 10, 15, 0));
        }
        record(busy, busyMember, MeetingType.BRANCH_ASSEMBLY, LocalDateTime.of(2026, 2, 20, 9, 0));
    }

    @AfterEach
    void backToNow() {
        clock.set(LocalDateTime.now(TestClock.BEIJING));
    }

    @Test
    void endedPeriodsWithoutTheMeetingAreGapsAndTheWorstBranchComesFirst() {
        List<MeetingGaps.BranchGaps> rows = mine(gaps.branches(system, t.a(), 2026, null, MeetingGaps.Order.GAPS, false));

        assertThat(rows).extracting(MeetingGaps.BranchGaps::orgId).containsExactly(idle, busy);
        MeetingGaps.BranchGaps idleRow = rows.get(0);
        assertThat(idleRow.gap(MeetingType.THEME_DAY).missedPeriods())
                .containsExactly("2026年1月", "2026年2月", "2026年3月", "2026年4月");
        assertThat(idleRow.gap(MeetingType.BRANCH_ASSEMBLY).missedPeriods()).containsExactly("2026年第一季度");
        assertThat(idleRow.gap(MeetingType.PARTY_LESSON).missedPeriods()).containsExactly("2026年第一季度");
        // no 支委会 without a committee of three (ZB-17): not required, so never a gap
        assertThat(idleRow.gap(MeetingType.COMMITTEE_MEETING).required()).isFalse();
        assertThat(idleRow.total()).isEqualTo(6);

        MeetingGaps.BranchGaps busyRow = rows.get(1);
        assertThat(busyRow.gap(MeetingType.THEME_DAY).missedPeriods()).containsExactly("2026年3月");
        assertThat(busyRow.gap(MeetingType.THEME_DAY).shortPeriods()).isEqualTo("3月");
        assertThat(busyRow.gap(MeetingType.THEME_DAY).held()).isEqualTo(3);
        assertThat(busyRow.gap(MeetingType.BRANCH_ASSEMBLY).missed()).isZero();
        assertThat(busyRow.total()).isEqualTo(2);
    }

    @Test
    void theMonthOrQuarterUnderWayIsNotAGapUntilItsLastDayHasPassed() {
        clock.set(LocalDateTime.of(2026, 5, 31, 23, 30));
        MeetingGaps.BranchGaps lastDay = row(busy);
        assertThat(lastDay.gap(MeetingType.THEME_DAY).missedPeriods()).containsExactly("2026年3月");
        assertThat(lastDay.gap(MeetingType.THEME_DAY).dueNow()).isTrue();

        clock.set(LocalDateTime.of(2026, 6, 1, 0, 30));
        assertThat(row(busy).gap(MeetingType.THEME_DAY).missedPeriods()).containsExactly("2026年3月", "2026年5月");
        assertThat(row(busy).gap(MeetingType.BRANCH_ASSEMBLY).missed()).isZero();

        clock.set(LocalDateTime.of(2026, 7, 1, 8, 0));
        assertThat(row(busy).gap(MeetingType.BRANCH_ASSEMBLY).missedPeriods()).containsExactly("2026年第二季度");
    }

    @Test
    void gapsOnlyLeavesOutBranchesWithoutGapsAndATypeCanBeTheOrder() {
        record(busy, busyMember, MeetingType.THEME_DAY, LocalDateTime.of(2026, 3, 10, 15, 0));
        record(busy, busyMember, MeetingType.PARTY_LESSON, LocalDateTime.of(2026, 3, 11, 15, 0));

        assertThat(mine(gaps.branches(system, t.a(), 2026, null, MeetingGaps.Order.GAPS, true)))
                .extracting(MeetingGaps.BranchGaps::orgId).containsExactly(idle);
        assertThat(mine(gaps.branches(system, t.a(), 2026, null, MeetingGaps.Order.GAPS, false)))
                .extracting(MeetingGaps.BranchGaps::orgId).containsExactly(idle, busy);
        assertThat(mine(gaps.branches(system, t.a(), 2026, MeetingType.THEME_DAY, MeetingGaps.Order.NAME, false)))
                .extracting(MeetingGaps.BranchGaps::name).isSorted();
    }

    @Test
    void aBranchSecretarySeesOnlyTheirOwnBranchAndNeverTheCommitteesSubtree() {
        AccessScope secretary = trees.subtreeScope(busy, Permission.LIFE_VIEW, Permission.ORG_VIEW);
        assertThat(gaps.branches(secretary, busy, 2026, null, MeetingGaps.Order.GAPS, false))
                .extracting(MeetingGaps.BranchGaps::orgId).containsExactly(busy);
        assertThatThrownBy(() -> gaps.branches(secretary, t.a(), 2026, null, MeetingGaps.Order.GAPS, false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> gaps.branches(secretary, idle, 2026, null, MeetingGaps.Order.GAPS, false))
                .isInstanceOf(NotFoundException.class);
    }

    private MeetingGaps.BranchGaps row(long branch) {
        return gaps.branches(system, t.a(), 2026, null, MeetingGaps.Order.GAPS, false).stream()
                .filter(r -> r.orgId() == branch).findFirst().orElseThrow();
    }

    /** This test's two branches (the tree's own branches have no founding date and are left aside). */
    private List<MeetingGaps.BranchGaps> mine(List<MeetingGaps.BranchGaps> rows) {
        return rows.stream().filter(r -> r.orgId() == busy || r.orgId() == idle).toList();
    }

    private void record(long org, long member, MeetingType type, LocalDateTime at) {
        RecordMeeting meeting = new RecordMeeting(org, type, null, type.label(),
                type == MeetingType.PARTY_LESSON ? "支部书记" : null, at, null, member, member,
                List.of(new RecordMeeting.Attendance(member, AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem("学习", null, null, null)));
        meetings.recordAsOf(system, meeting, at.toLocalDate().plusDays(1));
    }
}
