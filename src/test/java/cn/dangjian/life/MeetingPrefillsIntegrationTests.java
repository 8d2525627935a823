package cn.dangjian.life;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.life.internal.MeetingHabitStore;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recording form is filled in from the organization's own last meeting of the type (on the real database):
 * never from a sibling branch's meeting, even a newer one, nor from another type's.
 */
@IntegrationTest
class MeetingPrefillsIntegrationTests {

    @Autowired
    MeetingPrefills prefills;
    @Autowired
    Meetings meetings;
    @Autowired
    Members members;
    @Autowired
    TestTree trees;

    private final AccessScope system = AccessScope.system();

    @Test
    void theBranchsOwnLastMeetingOfTheTypeIsUsedNeverASiblingsOrAnotherTypes() {
        TestTree.Tree t = trees.build();
        long other = members.create(system, TestTree.member("周记录", t.a1(), MemberKind.FULL));
        LocalDate day = LocalDate.now().minusDays(20);
        record(t.a1(), MeetingType.BRANCH_ASSEMBLY, day.atTime(9, 30), "本支部会议室", t.memberA1(), other,
                List.of(t.memberA1(), other));
        record(t.a1(), MeetingType.BRANCH_ASSEMBLY, day.minusDays(30).atTime(8, 0), "旧会议室", other, t.memberA1(),
                List.of(t.memberA1(), other));
        record(t.a1(), MeetingType.THEME_DAY, day.plusDays(5).atTime(10, 0), "红色教育基地", other, other,
                List.of(t.memberA1(), other));
        record(t.a2(), MeetingType.BRANCH_ASSEMBLY, day.plusDays(10).atTime(16, 0), "第二支部会议室", t.memberA2(),
                t.memberA2(), List.of(t.memberA2()));

        MeetingPrefill a1 = prefills.prefill(system, t.a1(), MeetingType.BRANCH_ASSEMBLY, null);
        assertThat(a1.place()).isEqualTo("本支部会议室");
        assertThat(a1.hostMemberId()).isEqualTo(t.memberA1());
        assertThat(a1.recorderMemberId()).isEqualTo(other);
        assertThat(a1.formValues()).containsEntry("status_" + other, "PRESENT").containsEntry("place", "本支部会议室");

        TestTree.Tree fresh = trees.build();
        record(fresh.a2(), MeetingType.BRANCH_ASSEMBLY, day.atTime(16, 0), "隔壁会议室", fresh.memberA2(),
                fresh.memberA2(), List.of(fresh.memberA2()));
        MeetingPrefill none = prefills.prefill(system, fresh.a1(), MeetingType.BRANCH_ASSEMBLY, null);
        assertThat(none.place()).isNull();
        assertThat(none.hostMemberId()).isNull();
        assertThat(none.formValues()).doesNotContainKey("place");
    }

    @Test
    void theTimeIsTodayAtTheUsualHourOnceItHasPassedOtherwiseNowOnTheQuarterHour() {
        LocalDateTime now = LocalDateTime.of(2026, 12, 2, 16, 52, 31);
        MeetingHabitStore.LastMeeting atThree = new MeetingHabitStore.LastMeeting(
                LocalDateTime.of(2026, 11, 5, 15, 0), null, null, null);
        MeetingHabitStore.LastMeeting atFive = new MeetingHabitStore.LastMeeting(
                LocalDateTime.of(2026, 11, 5, 17, 0), null, null, null);
        assertThat(MeetingPrefills.heldAt(now, atThree)).isEqualTo(LocalDateTime.of(2026, 12, 2, 15, 0));
        assertThat(MeetingPrefills.heldAt(now, atFive)).isEqualTo(LocalDateTime.of(2026, 12, 2, 16, 45));
        assertThat(MeetingPrefills.heldAt(now, null)).isEqualTo(LocalDateTime.of(2026, 12, 2, 16, 45));
    }

    private void record(long orgId, MeetingType type, LocalDateTime at, String place, long host, long recorder,
                        List<Long> present) {
        meetings.record(system, new RecordMeeting(orgId, type, null, "会议", null, at, place, host, recorder,
                present.stream().map(m -> new RecordMeeting.Attendance(m, AttendanceStatus.PRESENT, null)).toList(),
                List.of(new RecordMeeting.AgendaItem("学习", null, null, null))));
    }
}
