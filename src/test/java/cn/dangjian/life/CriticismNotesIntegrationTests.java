package cn.dangjian.life;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.identity.AuditEntry;
import cn.dangjian.identity.AuditQuery;
import cn.dangjian.identity.AuditTrail;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ScopeLevel;
import cn.dangjian.shared.TextKind;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 组织生活会 criticism and self-criticism (ZB-14): per member present, kept to the branch's scope. */
@IntegrationTest
class CriticismNotesIntegrationTests {

    @Autowired
    CriticismNotes notes;
    @Autowired
    Meetings meetings;
    @Autowired
    Members members;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestTree trees;

    private final AccessScope system = AccessScope.system();

    @Test
    void notesOfMembersPresentAreStoredReadAndChanged() {
        TestTree.Tree t = trees.build();
        long away = members.create(system, TestTree.member("请假党员", t.a1(), MemberKind.FULL));
        long meeting = orgLifeMeeting(t, away);
        AccessScope secretary = trees.subtreeScope(t.a1());

        notes.record(secretary, meeting, List.of(new RecordCriticismNote(t.memberA1(),
                "理论学习不够系统，联系群众不够", "建议多下基层调研", null)));
        List<CriticismNote> stored = notes.ofMeeting(secretary, meeting);
        assertThat(stored).singleElement().satisfies(n -> {
            assertThat(n.memberId()).isEqualTo(t.memberA1());
            assertThat(n.name()).startsWith("王一");
            assertThat(n.selfCriticism()).isEqualTo("理论学习不够系统，联系群众不够");
            assertThat(n.criticismReceived()).isEqualTo("建议多下基层调研");
        });

        notes.record(secretary, meeting, List.of(new RecordCriticismNote(t.memberA1(),
                "理论学习不够系统", "  ", stored.get(0).version())));
        CriticismNote changed = notes.ofMeeting(secretary, meeting).get(0);
        assertThat(changed.selfCriticism()).isEqualTo("理论学习不够系统");
        assertThat(changed.criticismReceived()).isNull();
        assertThat(changed.version()).isEqualTo(stored.get(0).version() + 1);

        assertThatThrownBy(() -> notes.record(secretary, meeting, List.of(new RecordCriticismNote(t.memberA1(),
                "用旧版本覆盖", null, stored.get(0).version()))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
        assertThat(notes.ofMeeting(secretary, meeting).get(0).selfCriticism()).isEqualTo("理论学习不够系统");

        List<AuditEntry> trail = audit.search(system, new AuditQuery(null, "组织生活会批评与自我批评",
                String.valueOf(meeting), null, null), PageRequest.of(1, 10)).items();
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0).actor()).isEqualTo(secretary.username());
        assertThat(trail.get(0).changes()).extracting(c -> c.field() + "：" + c.oldValue() + " → " + c.newValue())
                .containsExactlyInAnyOrder(
                        changed.name() + " 自我批评：理论学习不够系统，联系群众不够 → 理论学习不够系统",
                        changed.name() + " 相互批评意见：建议多下基层调研 → null");

        notes.record(secretary, meeting, List.of(new RecordCriticismNote(t.memberA1(), "", null, changed.version())));
        assertThat(notes.ofMeeting(secretary, meeting)).isEmpty();
    }

    @Test
    void notesAreRefusedForOtherMeetingsAndForMembersNotPresent() {
        TestTree.Tree t = trees.build();
        long away = members.create(system, TestTree.member("请假党员", t.a1(), MemberKind.FULL));
        long meeting = orgLifeMeeting(t, away);
        long themeDay = meetings.record(system, new RecordMeeting(t.a1(), MeetingType.THEME_DAY, null, "学习", null,
                LocalDate.now().minusDays(2).atTime(9, 0), null, null, null,
                List.of(new RecordMeeting.Attendance(t.memberA1(), AttendanceStatus.PRESENT, null),
                        new RecordMeeting.Attendance(away, AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem("学习", null, null, null))));

        assertThatThrownBy(() -> notes.record(system, themeDay, List.of(
                new RecordCriticismNote(t.memberA1(), "自我批评", null, null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("会议：批评与自我批评应记录在组织生活会上，本次会议是主题党日");
        assertThat(notes.ofMeeting(system, themeDay)).isEmpty();

        assertThatThrownBy(() -> notes.record(system, meeting, List.of(
                new RecordCriticismNote(t.memberA1(), "自我批评", null, null),
                new RecordCriticismNote(away, "自我批评", null, null),
                new RecordCriticismNote(t.memberA2(), "自我批评", null, null),
                new RecordCriticismNote(t.memberA1(), "x".repeat(TextKind.LONG_TEXT.limit() + 1), null, null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("党员：请假党员未出席本次组织生活会（请假），不能记录其批评与自我批评")
                .hasMessageContaining("党员：编号" + t.memberA2() + "的人员不在本次会议的人员名单中")
                .hasMessageContaining("重复填写");
        assertThatThrownBy(() -> notes.record(system, meeting, List.of(
                new RecordCriticismNote(t.memberA1(), "x".repeat(TextKind.LONG_TEXT.limit() + 1), null, null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith(" 自我批评：不能超过" + TextKind.LONG_TEXT.limit() + "个字");
        assertThat(notes.ofMeeting(system, meeting)).isEmpty();
    }

    @Test
    void aSiblingBranchCannotReadOrWriteTheNotesAndAMemberOnlyReads() {
        TestTree.Tree t = trees.build();
        long away = members.create(system, TestTree.member("请假党员", t.a1(), MemberKind.FULL));
        long meeting = orgLifeMeeting(t, away);
        notes.record(trees.subtreeScope(t.a1()), meeting,
                List.of(new RecordCriticismNote(t.memberA1(), "带头作用发挥不够", null, null)));

        AccessScope sibling = trees.subtreeScope(t.a2());
        assertThatThrownBy(() -> notes.ofMeeting(sibling, meeting)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notes.record(sibling, meeting,
                List.of(new RecordCriticismNote(t.memberA1(), "改写", null, 0))))
                .isInstanceOf(NotFoundException.class);

        AccessScope member = trees.scope(ScopeLevel.SELF, t.a1(), t.memberA1(), Permission.LIFE_VIEW);
        assertThat(notes.ofMeeting(member, meeting)).extracting(CriticismNote::selfCriticism)
                .containsExactly("带头作用发挥不够");
        assertThatThrownBy(() -> notes.record(member, meeting,
                List.of(new RecordCriticismNote(t.memberA1(), "改写", null, 0))))
                .isInstanceOf(ForbiddenException.class);
        assertThat(notes.ofMeeting(system, meeting)).extracting(CriticismNote::selfCriticism)
                .containsExactly("带头作用发挥不够");
    }

    /** A 组织生活会 of A1 yesterday: 王一 present, {@code away} excused. */
    private long orgLifeMeeting(TestTree.Tree t, long away) {
        LocalDateTime held = LocalDate.now().minusDays(1).atTime(14, 0);
        return meetings.record(system, new RecordMeeting(t.a1(), MeetingType.ORG_LIFE_MEETING, null, "年度组织生活会",
                null, held, null, t.memberA1(), t.memberA1(),
                List.of(new RecordMeeting.Attendance(t.memberA1(), AttendanceStatus.PRESENT, null),
                        new RecordMeeting.Attendance(away, AttendanceStatus.EXCUSED, "因公出差")),
                List.of(new RecordMeeting.AgendaItem("批评与自我批评", "逐一发言", null, null))));
    }
}
