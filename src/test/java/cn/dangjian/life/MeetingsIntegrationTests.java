package cn.dangjian.life;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.life.schedule.ItemState;
import cn.dangjian.life.schedule.Schedule;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.member.StatusChange;
import cn.dangjian.member.StatusChangeType;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.NewTerm;
import cn.dangjian.org.Committees;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.TermFormation;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ScopeLevel;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording a meeting once: attendance from the roster, voting rights, quorum, 补录, the plan, scope. */
@IntegrationTest
class MeetingsIntegrationTests {

    @Autowired
    Meetings meetings;
    @Autowired
    cn.dangjian.life.MeetingStatistics statistics;
    @Autowired
    cn.dangjian.life.MeetingPlans plans;
    @Autowired
    Members members;
    @Autowired
    OrgUnits orgs;
    @Autowired
    Committees committees;
    @Autowired
    TestTree trees;

    private final AccessScope system = AccessScope.system();

    /** Branch A1 with 5 full members (one under 留党察看) and 2 probationary ones. */
    private long[] branch(TestTree.Tree t) {
        List<Long> ids = new ArrayList<>();
        ids.add(t.memberA1());
        for (int i = 0; i < 4; i++) {
            ids.add(members.create(system, TestTree.member("正式" + i, t.a1(), MemberKind.FULL)));
        }
        ids.add(members.create(system, TestTree.member("预备甲", t.a1(), MemberKind.PROBATIONARY)));
        ids.add(members.create(system, TestTree.member("预备乙", t.a1(), MemberKind.PROBATIONARY)));
        members.changeStatus(system, ids.get(4), new StatusChange(StatusChangeType.PARTY_PROBATION,
                LocalDate.of(2025, 5, 1), "受到留党察看处分", 0));
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void votingRightsExcludeProbationaryMembersAndThoseUnderPartyProbation() {
        TestTree.Tree t = trees.build();
        long[] ids = branch(t);
        MeetingDraft draft = meetings.draft(system, t.a1(), MeetingType.BRANCH_ASSEMBLY, null);
        assertThat(draft.attendees()).hasSize(7);
        assertThat(draft.votingCount()).isEqualTo(4);
        assertThat(draft.attendees()).filteredOn(a -> a.memberId() == ids[4]).first()
                .satisfies(a -> assertThat(a.voting()).isFalse());
    }

    @Test
    void anAssemblyVoteIsCheckedAgainstThoseWhoShouldAttend() {
        TestTree.Tree t = trees.build();
        long[] ids = branch(t);
        // voting members: ids[0..3]; present: ids[0], ids[1], ids[2] (3 of 4) plus both probationary members
        List<RecordMeeting.Attendance> attendance = List.of(
                present(ids[0]), present(ids[1]), present(ids[2]),
                new RecordMeeting.Attendance(ids[3], AttendanceStatus.EXCUSED, "出差"),
                new RecordMeeting.Attendance(ids[4], AttendanceStatus.ABSENT, null),
                present(ids[5]), present(ids[6]));
        long id = meetings.record(system, new RecordMeeting(t.a1(), MeetingType.BRANCH_ASSEMBLY, null,
                "讨论接收预备党员", null, LocalDateTime.of(2026, 9, 30, 15, 0), "三楼会议室", ids[0], ids[1],
                attendance, List.of(
                new RecordMeeting.AgendaItem("讨论张某转正", "支委会介绍考察情况", "同意转正", new RecordMeeting.Vote(3, 0, 0)),
                new RecordMeeting.AgendaItem("讨论李某转正", "意见分歧", "未通过", new RecordMeeting.Vote(2, 1, 0)))));

        MeetingView m = meetings.get(system, id);
        assertThat(m.expected()).isEqualTo(7);
        assertThat(m.present()).isEqualTo(5);
        assertThat(m.excused()).isEqualTo(1);
        assertThat(m.absent()).isEqualTo(1);
        assertThat(m.votingExpected()).isEqualTo(4);
        assertThat(m.votingPresent()).isEqualTo(3);
        assertThat(m.quorumMet()).isTrue();
        assertThat(m.agenda().get(0).outcome().passed()).isTrue();
        // 2 in favour of 4 who should attend is exactly half: not passed, although 2 of 3 present voted yes
        assertThat(m.agenda().get(1).outcome().passed()).isFalse();
        assertThat(m.agenda().get(1).outcome().message()).contains("未通过").contains("ZB-08");
        assertThat(m.hostName()).startsWith("王一");
    }

    @Test
    void withoutQuorumTheVoteIsInvalid() {
        TestTree.Tree t = trees.build();
        long[] ids = branch(t);
        List<RecordMeeting.Attendance> attendance = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            attendance.add(i < 2 || i >= 5 ? present(ids[i]) : new RecordMeeting.Attendance(ids[i], AttendanceStatus.ABSENT, null));
        }
        long id = meetings.record(system, new RecordMeeting(t.a1(), MeetingType.BRANCH_ASSEMBLY, null, "表决事项",
                null, LocalDateTime.of(2026, 10, 9, 9, 0), null, null, null, attendance,
                List.of(new RecordMeeting.AgendaItem("表决", null, null, new RecordMeeting.Vote(2, 0, 0)))));
        MeetingView m = meetings.get(system, id);
        assertThat(m.quorumMet()).isFalse();
        assertThat(m.agenda().get(0).outcome().message()).startsWith("出席人数未超过应到会有表决权党员半数");
    }

    @Test
    void everyExpectedAttendeeMustBeAccountedForAndMistakesNameTheField() {
        TestTree.Tree t = trees.build();
        long[] ids = branch(t);
        assertThatThrownBy(() -> meetings.record(system, new RecordMeeting(t.a1(), MeetingType.THEME_DAY, null, " ",
                null, LocalDateTime.now().plusDays(2), null, null, null,
                List.of(new RecordMeeting.Attendance(ids[0], AttendanceStatus.EXCUSED, ""),
                        new RecordMeeting.Attendance(t.memberA2(), AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem("学习", null, null, new RecordMeeting.Vote(1, 0, 0))))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("会议主题：不能为空")
                .hasMessageContaining("会议时间：不能晚于现在")
                .hasMessageContaining("请假事由：")
                .hasMessageContaining("不在本次会议应到人员名单中")
                .hasMessageContaining("出席情况：请为正式0")
                .hasMessageContaining("表决：主题党日不进行表决");
    }

    @Test
    void aMeetingRecordedMoreThanAWeekLaterIsMarkedAsLateEntryWithBothDatesKept() {
        TestTree.Tree t = trees.build();
        long[] ids = branch(t);
        LocalDate today = LocalDate.now();
        long onTime = meetings.record(system, themeDay(t.a1(), ids, today.minusDays(7).atTime(9, 0)));
        long late = meetings.record(system, themeDay(t.a1(), ids, today.minusDays(8).atTime(9, 0)));
        assertThat(meetings.get(system, onTime).lateEntry()).isFalse();
        MeetingView m = meetings.get(system, late);
        assertThat(m.lateEntry()).isTrue();
        assertThat(m.daysLate()).isEqualTo(1);
        assertThat(m.recordedOn()).isEqualTo(today);
        assertThat(m.heldAt().toLocalDate()).isEqualTo(today.minusDays(8));
    }

    @Test
    void aCommitteeMeetingIsAttendedByTheCommitteeAndOnlyWhereThereIsOne() {
        TestTree.Tree t = trees.build();
        long[] ids = branch(t);
        assertThatThrownBy(() -> meetings.draft(system, t.a1(), MeetingType.COMMITTEE_MEETING, null))
                .hasMessageContaining("未设支部委员会");
        committees.recordTerm(system, t.a1(), new NewTerm(1, LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1),
                TermFormation.ELECTED, List.of(new NewTerm.Assignment(CommitteePost.SECRETARY, ids[0]),
                new NewTerm.Assignment(CommitteePost.ORGANIZATION_MEMBER, ids[1]),
                new NewTerm.Assignment(CommitteePost.DISCIPLINE_MEMBER, ids[2]))));
        MeetingDraft draft = meetings.draft(system, t.a1(), MeetingType.COMMITTEE_MEETING, null);
        assertThat(draft.attendees()).extracting(ExpectedAttendee::memberId).containsExactly(ids[0], ids[1], ids[2]);
        assertThat(draft.attendees().get(0).role()).isEqualTo("书记");
    }

    @Test
    void thePlanShowsWhatIsDoneAndWhatIsOverdue() {
        TestTree.Tree t = trees.build();
        long[] ids = branch(t);
        int year = LocalDate.now().getYear() - 1;
        LocalDateTime january = LocalDate.of(year, 1, 15).atTime(9, 0);
        meetings.record(system, themeDay(t.a1(), ids, january));
        Schedule plan = plans.plan(system, t.a1(), year);
        assertThat(plan.items(MeetingType.THEME_DAY)).filteredOn(i -> i.period().contains(january.toLocalDate()))
                .first().satisfies(i -> assertThat(i.state()).isEqualTo(ItemState.DONE));
        assertThat(plan.items(MeetingType.THEME_DAY)).filteredOn(i -> i.period().contains(LocalDate.of(year, 2, 10)))
                .first().satisfies(i -> {
                    assertThat(i.state()).isEqualTo(ItemState.OVERDUE);
                    assertThat(i.message()).contains("JY-02");
                });
    }

    @Test
    void siblingsCannotSeeEachOthersMeetingsAndMembersSeeOnlyTheirOwn() {
        TestTree.Tree t = trees.build();
        long[] ids = branch(t);
        long id = meetings.record(system, themeDay(t.a1(), ids, LocalDate.now().minusDays(1).atTime(9, 0)));
        AccessScope a2 = trees.subtreeScope(t.a2());
        assertThatThrownBy(() -> meetings.get(a2, id)).isInstanceOf(NotFoundException.class);
        assertThat(meetings.list(a2, new MeetingQuery(null, null, null, null, false), PageRequest.of(1, 50)).items())
                .extracting(MeetingRow::id).doesNotContain(id);
        assertThatThrownBy(() -> meetings.draft(a2, t.a1(), MeetingType.THEME_DAY, null)).isInstanceOf(NotFoundException.class);
        AccessScope self = trees.scope(ScopeLevel.SELF, t.a1(), ids[1], Permission.LIFE_VIEW);
        assertThat(meetings.get(self, id).topic()).isEqualTo("学习党章");
        AccessScope outsider = trees.scope(ScopeLevel.SELF, t.a2(), t.memberA2(), Permission.LIFE_VIEW);
        assertThatThrownBy(() -> meetings.get(outsider, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theHigherOrganizationSeesMeetingsPerBranchAndMonthWithLateEntriesAndQuorumFailures() {
        TestTree.Tree t = trees.build();
        long[] ids = branch(t);
        int year = LocalDate.now().getYear() - 1;
        meetings.record(system, themeDay(t.a1(), ids, LocalDate.of(year, 3, 10).atTime(9, 0)));
        meetings.record(system, themeDay(t.a1(), ids, LocalDate.of(year, 3, 20).atTime(9, 0)));
        List<RecordMeeting.Attendance> few = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            few.add(new RecordMeeting.Attendance(ids[i], i == 0 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT, null));
        }
        meetings.record(system, new RecordMeeting(t.a1(), MeetingType.BRANCH_ASSEMBLY, null, "表决", null,
                LocalDate.of(year, 4, 2).atTime(9, 0), null, null, null, few,
                List.of(new RecordMeeting.AgendaItem("表决", null, null, new RecordMeeting.Vote(1, 0, 0)))));

        MeetingOverview overview = statistics.overview(system, t.a(), year);
        assertThat(overview.branches()).extracting(MeetingOverview.BranchRow::orgId).containsExactly(t.a1(), t.a2());
        MeetingOverview.BranchRow a1 = overview.branches().get(0);
        assertThat(a1.total(MeetingType.THEME_DAY)).isEqualTo(2);
        assertThat(a1.in(MeetingType.THEME_DAY, 3)).isEqualTo(2);
        assertThat(a1.monthsWithout(MeetingType.THEME_DAY, 12)).isEqualTo(11);
        assertThat(a1.lateEntries()).isEqualTo(3);
        assertThat(a1.quorumFailures()).isEqualTo(1);
        assertThat(overview.branches().get(1).total(MeetingType.THEME_DAY)).isZero();
        assertThatThrownBy(() -> statistics.overview(trees.subtreeScope(t.a2()), t.a(), year))
                .isInstanceOf(NotFoundException.class);
        assertThat(statistics.overview(trees.subtreeScope(t.a2()), t.a2(), year).branches())
                .extracting(MeetingOverview.BranchRow::orgId).containsExactly(t.a2());
    }

    @Test
    void leadingCadresDualOrganizationalLifeIsCountedFromAttendanceAndMembersSeeTheirOwn() {
        TestTree.Tree t = trees.build();
        long[] ids = branch(t);
        var f = TestTree.member("局长", t.a1(), MemberKind.FULL);
        long cadre = members.create(system, new cn.dangjian.member.MemberForm(f.name(), null, f.ethnicity(), null,
                TestTree.citizenId(LocalDate.of(1970, 6, 1), 9100 + (int) t.a1(), true), null, null, null, null, null,
                "局长", null, null, f.joinedOn(), f.confirmedOn(), MemberKind.FULL, t.a1(), null, true, false, false));
        long[] all = java.util.stream.LongStream.concat(java.util.Arrays.stream(ids), java.util.stream.LongStream.of(cadre)).toArray();
        int year = LocalDate.now().getYear() - 1;
        LocalDateTime q1 = LocalDate.of(year, 2, 10).atTime(9, 0);
        LocalDateTime q2 = LocalDate.of(year, 5, 12).atTime(9, 0);
        meetings.record(system, themeDay(t.a1(), all, q1));
        List<RecordMeeting.Attendance> cadreAway = new ArrayList<>();
        for (long id : all) {
            cadreAway.add(id == cadre ? new RecordMeeting.Attendance(id, AttendanceStatus.EXCUSED, "公务出差") : present(id));
        }
        meetings.record(system, new RecordMeeting(t.a1(), MeetingType.THEME_DAY, null, "志愿服务", null, q2, null,
                null, null, cadreAway, List.of(new RecordMeeting.AgendaItem("进社区志愿服务", null, null, null))));

        List<CadreParticipation> cadres = statistics.cadres(system, t.a(), year);
        assertThat(cadres).extracting(CadreParticipation::memberId).containsExactly(cadre);
        assertThat(cadres.get(0).quarter(1)).isEqualTo("1/1");
        assertThat(cadres.get(0).quarter(2)).isEqualTo("0/1");
        assertThat(cadres.get(0).quarter(3)).isEqualTo("—");
        assertThat(cadres.get(0).orgName()).startsWith("测试局第一党支部");
        assertThat(statistics.cadres(trees.subtreeScope(t.a2()), t.a2(), year)).isEmpty();

        AccessScope self = trees.scope(ScopeLevel.SELF, t.a1(), cadre, Permission.LIFE_VIEW);
        assertThat(meetings.mine(self)).extracting(MyMeeting::status)
                .containsExactly(AttendanceStatus.EXCUSED, AttendanceStatus.PRESENT);
    }

    private static RecordMeeting themeDay(long org, long[] ids, LocalDateTime at) {
        List<RecordMeeting.Attendance> attendance = new ArrayList<>();
        for (long id : ids) {
            attendance.add(present(id));
        }
        return new RecordMeeting(org, MeetingType.THEME_DAY, null, "学习党章", null, at, "党员活动室", ids[0], ids[1],
                attendance, List.of(new RecordMeeting.AgendaItem("集中学习党章", "逐章学习", null, null)));
    }

    private static RecordMeeting.Attendance present(long id) {
        return new RecordMeeting.Attendance(id, AttendanceStatus.PRESENT, null);
    }
}
