package cn.dangjian.responsibility.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import cn.dangjian.compliance.FindingTrace;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.Severity;
import cn.dangjian.responsibility.DutyCycle;
import cn.dangjian.responsibility.DutyLevel;
import cn.dangjian.responsibility.DutyPost;
import cn.dangjian.responsibility.DutyStatus;
import cn.dangjian.responsibility.DutyView;
import cn.dangjian.responsibility.Evidence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A duty's status from its evidence's findings in the year (ZR-02), one row per case: open and overdue, open in
 * time, lapsed, closed by a record typed in late (never a miss: the finding's dates are when data was entered),
 * another rule's finding, and none.
 */
class DutyStatusesTests {

    private static final LocalDate Q1_END = LocalDate.of(2026, 3, 31);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("open, overdue", Evidence.BRANCH_ASSEMBLY,
                        List.of(trace("meetings.schedule.branch-assembly", Severity.OVERDUE, null, false)), DutyStatus.OVERDUE),
                Arguments.of("open, against the rules", Evidence.TERM,
                        List.of(trace("committee.term-expired", Severity.VIOLATION, null, false)), DutyStatus.OVERDUE),
                Arguments.of("open, in time", Evidence.BRANCH_ASSEMBLY,
                        List.of(trace("meetings.schedule.branch-assembly", Severity.DUE, null, false)), DutyStatus.DUE),
                Arguments.of("overdue wins over due", Evidence.BRANCH_ASSEMBLY,
                        List.of(trace("meetings.schedule.branch-assembly", Severity.DUE, null, false),
                                trace("meetings.schedule.branch-assembly", Severity.OVERDUE, null, false)), DutyStatus.OVERDUE),
                Arguments.of("lapsed unremedied", Evidence.BRANCH_ASSEMBLY,
                        List.of(trace("meetings.schedule.branch-assembly", Severity.OVERDUE, Q1_END.plusMonths(12), true)),
                        DutyStatus.LATE),
                Arguments.of("a meeting typed in after the deadline: the record's date counts", Evidence.BRANCH_ASSEMBLY,
                        List.of(trace("meetings.schedule.branch-assembly", Severity.OVERDUE, Q1_END.plusDays(40), false)),
                        DutyStatus.DONE),
                Arguments.of("a year's dues entered on joining the platform: not late", Evidence.DUES,
                        List.of(trace("dues.assessment-missing", Severity.OVERDUE, Q1_END.plusMonths(8), false)),
                        DutyStatus.DONE),
                Arguments.of("closed in time", Evidence.DUES,
                        List.of(trace("dues.remittance-late", Severity.DUE, Q1_END, false)), DutyStatus.DONE),
                Arguments.of("another rule's finding does not count", Evidence.BRANCH_ASSEMBLY,
                        List.of(trace("meetings.schedule.committee-meeting", Severity.OVERDUE, null, false)), DutyStatus.CLEAR),
                Arguments.of("nothing this year", Evidence.TALKS, List.of(), DutyStatus.CLEAR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void statusFromTheFindings(String name, Evidence evidence, List<FindingTrace> traces, DutyStatus expected) {
        DutyView duty = new DutyView(1, 1, DutyLevel.BRANCH, DutyPost.ORGANIZATION, "职责", "ZB-08", DutyCycle.QUARTERLY,
                evidence);
        assertThat(DutyStatuses.line(duty, 7, traces).status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reasonsAreGivenOnlyForWhatIsNotDone(String name, Evidence evidence, List<FindingTrace> traces,
                                            DutyStatus expected) {
        DutyView duty = new DutyView(1, 1, DutyLevel.BRANCH, DutyPost.ORGANIZATION, "职责", "ZB-08", DutyCycle.QUARTERLY,
                evidence);
        List<String> reasons = DutyStatuses.line(duty, 7, traces).reasons();
        if (expected == DutyStatus.DONE || expected == DutyStatus.CLEAR) {
            assertThat(reasons).isEmpty();
        } else {
            assertThat(reasons).isNotEmpty().allMatch(r -> r.startsWith("消息"));
        }
    }

    private static FindingTrace trace(String code, Severity severity, LocalDate resolvedOn, boolean lapsed) {
        return new FindingTrace(7, code, "ZB-08", RuleCategory.MEETINGS, severity, "消息" + code, Q1_END,
                LocalDate.of(2026, 1, 1), resolvedOn, lapsed);
    }
}
