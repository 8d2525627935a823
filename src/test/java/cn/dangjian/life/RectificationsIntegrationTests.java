package cn.dangjian.life;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 组织生活会 rectification items (ZB-14): added to the meeting, tracked until done, kept to the branch's scope. */
@IntegrationTest
class RectificationsIntegrationTests {

    @Autowired
    Rectifications rectifications;
    @Autowired
    Meetings meetings;
    @Autowired
    TestTree trees;

    private final AccessScope system = AccessScope.system();

    @Test
    void itemsOfAnOrganizationalLifeMeetingAreTrackedUntilDone() {
        TestTree.Tree t = trees.build();
        LocalDateTime held = LocalDate.now().minusDays(3).atTime(14, 0);
        long meeting = meetings.record(system, new RecordMeeting(t.a1(), MeetingType.ORG_LIFE_MEETING, null,
                "年度组织生活会", null, held, null, t.memberA1(), t.memberA1(),
                List.of(new RecordMeeting.Attendance(t.memberA1(), AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem("批评与自我批评", "逐一发言", null, null))));
        long themeDay = meetings.record(system, new RecordMeeting(t.a1(), MeetingType.THEME_DAY, null, "学习",
                null, held, null, null, null,
                List.of(new RecordMeeting.Attendance(t.memberA1(), AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem("学习", null, null, null))));

        assertThatThrownBy(() -> rectifications.add(system, themeDay, "问题", "措施", null, LocalDate.now()))
                .hasMessageContaining("整改事项应登记在组织生活会上");
        assertThatThrownBy(() -> rectifications.add(system, meeting, " ", "", t.memberA2(), held.toLocalDate().minusDays(1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("查摆的问题：不能为空").hasMessageContaining("整改措施：不能为空")
                .hasMessageContaining("责任人：应为本支部党员").hasMessageContaining("整改时限：不能早于组织生活会召开日期");

        long item = rectifications.add(system, meeting, "理论学习不够深入", "每月开展一次专题学习", t.memberA1(),
                LocalDate.now().plusMonths(2));
        assertThat(rectifications.ofOrg(system, t.a1(), true)).extracting(Rectification::id).containsExactly(item);
        assertThatThrownBy(() -> rectifications.complete(trees.subtreeScope(t.a2()), item, LocalDate.now(), "完成", 0))
                .isInstanceOf(NotFoundException.class);
        rectifications.complete(system, item, LocalDate.now(), "已制定学习计划并落实", 0);
        assertThat(rectifications.ofOrg(system, t.a1(), true)).isEmpty();
        assertThat(rectifications.ofOrg(system, t.a1(), false).get(0).doneNote()).isEqualTo("已制定学习计划并落实");
        assertThatThrownBy(() -> rectifications.complete(system, item, LocalDate.now(), "再次", 1))
                .isInstanceOf(ConflictException.class);
    }
}
