package cn.dangjian.compliance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The engine follows the calendar: move the clock across a quarter's end and the quarter's 支部党员大会 turns from
 * due to overdue (the same finding); record the meeting and the finding closes by itself.
 */
@SpringBootTest
@Import({TestTree.class, ComplianceTimeTravelTests.Clocks.class})
class ComplianceTimeTravelTests {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(LocalDateTime.of(2025, 9, 15, 10, 0), ZoneId.of("Asia/Shanghai"));
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    Compliance compliance;
    @Autowired
    Meetings meetings;
    @Autowired
    TestTree trees;

    private final AccessScope system = AccessScope.system();

    @Test
    void aQuartersAssemblyIsDueThenOverdueAndClosesWhenRecorded() {
        clock.set(LocalDateTime.of(2025, 9, 15, 10, 0));
        TestTree.Tree t = trees.build();
        compliance.reevaluateSubtree(t.a1());

        FindingView q3 = assembly(t.a1(), "2025-07-01");
        assertThat(q3.severity()).isEqualTo(Severity.DUE);
        assertThat(q3.deadline()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(q3.message()).contains("ZB-08").contains("第十一条");
        assertThat(q3.fixPath()).isEqualTo("/meetings/new?orgId=" + t.a1() + "&type=BRANCH_ASSEMBLY");

        clock.set(LocalDateTime.of(2025, 10, 1, 8, 0));
        compliance.reevaluateSubtree(t.a1());
        FindingView overdue = assembly(t.a1(), "2025-07-01");
        assertThat(overdue.id()).isEqualTo(q3.id());
        assertThat(overdue.severity()).isEqualTo(Severity.OVERDUE);
        // a finding first seen today is dated from when its condition began: Q3's assembly was due from July 1
        assertThat(overdue.openedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(assembly(t.a1(), "2025-10-01").severity()).isEqualTo(Severity.DUE);

        // recording the missing meeting closes the finding at once (the engine listens to MeetingRecorded)
        meetings.record(system, new RecordMeeting(t.a1(), MeetingType.BRANCH_ASSEMBLY, null, "第三季度支部党员大会", null,
                LocalDateTime.of(2025, 9, 26, 9, 0), "会议室", t.memberA1(), t.memberA1(),
                List.of(new RecordMeeting.Attendance(t.memberA1(), AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem("学习", null, null, null))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(closed(t.a1(), q3.id()).resolvedOn()).isEqualTo(LocalDate.of(2025, 10, 1)));
        assertThat(compliance.workbench(system, t.a1())).filteredOn(f -> f.ruleId().equals("ZB-08"))
                .extracting(FindingView::subject).doesNotContain("2025-07-01").contains("2025-10-01");

        // across the year's end the missed Q4 assembly stays open, now overdue, beside the new year's Q1
        clock.set(LocalDateTime.of(2026, 1, 5, 8, 0));
        compliance.reevaluateSubtree(t.a1());
        assertThat(assembly(t.a1(), "2025-10-01").severity()).isEqualTo(Severity.OVERDUE);
        assertThat(assembly(t.a1(), "2026-01-01").severity()).isEqualTo(Severity.DUE);
        long q4 = assembly(t.a1(), "2025-10-01").id();

        // after the first quarter last year's miss leaves the to-do list, closed as lapsed — not as resolved
        clock.set(LocalDateTime.of(2026, 4, 1, 8, 0));
        compliance.reevaluateSubtree(t.a1());
        FindingView lapsed = compliance.findings(system,
                        new FindingQuery(t.a1(), true, RuleCategory.MEETINGS, null, "ZB-08", true), new PageRequest(1, 50))
                .items().stream().filter(f -> f.id() == q4).findFirst().orElseThrow();
        assertThat(lapsed.resolvedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(lapsed.lapsed()).isTrue();
        assertThat(closed(t.a1(), q3.id()).lapsed()).isFalse();
    }

    private FindingView closed(long orgId, long id) {
        return compliance.findings(system, new FindingQuery(orgId, true, RuleCategory.MEETINGS, null, "ZB-08", true),
                new PageRequest(1, 50)).items().stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    private FindingView assembly(long orgId, String subject) {
        return compliance.workbench(system, orgId).stream()
                .filter(f -> f.ruleId().equals("ZB-08") && f.subject().equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError("no open ZB-08 finding for " + subject + " in "
                        + compliance.workbench(system, orgId)));
    }
}
