package cn.dangjian.duty.internal;

import java.time.LocalDate;
import java.util.function.Consumer;

import cn.dangjian.duty.AssignmentState;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The steps of an assignee's part and what each state refuses (DB-01, DB-04): nothing is reported twice, closed
 * twice, closed before it is reported, or returned once closed; a withdrawn part takes no step.
 */
class AssignmentTests {

    private static final LocalDate ASSIGNED = LocalDate.of(2026, 12, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 15);

    private static Assignment in(AssignmentState state) {
        Assignment a = Assignment.of(1, 10, "/1/10/", 11, "/1/10/11/", true, DEADLINE, ASSIGNED, "gongwei");
        if (state != AssignmentState.IN_PROGRESS) {
            a.report("已完成", null, ASSIGNED.plusDays(3), "zhibu");
        }
        if (state == AssignmentState.CLOSED) {
            a.close("同意销号", ASSIGNED.plusDays(4), "gongwei");
        }
        if (state == AssignmentState.WITHDRAWN) {
            a.sendBack("重办", ASSIGNED.plusDays(4), "gongwei");
            a.withdraw(ASSIGNED.plusDays(5), "gongwei");
        }
        return a;
    }

    private static Consumer<Assignment> step(String step) {
        LocalDate on = ASSIGNED.plusDays(6);
        return switch (step) {
            case "progress" -> a -> a.progress("进展", on, "zhibu");
            case "extension" -> a -> a.requestExtension(DEADLINE.plusDays(10), "理由", on, "zhibu");
            case "remind" -> a -> a.remind(null, on, "gongwei");
            case "report" -> a -> a.report("办理情况", null, on, "zhibu");
            case "return" -> a -> a.sendBack("退回理由", on, "gongwei");
            case "close" -> a -> a.close("审核意见", on, "gongwei");
            default -> throw new IllegalArgumentException(step);
        };
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
            "progress, IN_PROGRESS, IN_PROGRESS", "progress, REPORTED, refused", "progress, CLOSED, refused",
            "extension, IN_PROGRESS, IN_PROGRESS", "extension, REPORTED, refused", "extension, CLOSED, refused",
            "remind, IN_PROGRESS, IN_PROGRESS", "remind, REPORTED, refused", "remind, CLOSED, refused",
            "report, IN_PROGRESS, REPORTED", "report, REPORTED, refused", "report, CLOSED, refused",
            "return, IN_PROGRESS, refused", "return, REPORTED, IN_PROGRESS", "return, CLOSED, refused",
            "close, IN_PROGRESS, refused", "close, REPORTED, CLOSED", "close, CLOSED, refused",
            "report, WITHDRAWN, refused", "close, WITHDRAWN, refused"})
    void eachStepIsAllowedOnlyFromItsState(String step, AssignmentState from, String expected) {
        Assignment a = in(from);
        if (expected.equals("refused")) {
            assertThatThrownBy(() -> step(step).accept(a)).isInstanceOf(ConflictException.class);
            assertThat(a.state()).isEqualTo(from);
        } else {
            step(step).accept(a);
            assertThat(a.state()).isEqualTo(AssignmentState.valueOf(expected));
        }
    }

    @ParameterizedTest(name = "asked on {0} for {1}: {2}")
    @CsvSource({
            "2026-12-15, 2026-12-31, granted",
            "2026-12-16, 2026-12-31, too late",
            "2026-12-10, 2026-12-15, not later",
            "2026-12-10, 2026-12-14, not later"})
    void anExtensionIsAskedBeforeTheDeadlineForALaterDay(LocalDate on, LocalDate until, String expected) {
        Assignment a = in(AssignmentState.IN_PROGRESS);
        if (expected.equals("granted")) {
            a.requestExtension(until, "理由", on, "zhibu");
            a.decideExtension(true, null, on, "gongwei");
            assertThat(a.deadline()).isEqualTo(until);
            assertThat(a.overdueOn(until)).isFalse();
            assertThat(a.overdueOn(until.plusDays(1))).isTrue();
        } else {
            assertThatThrownBy(() -> a.requestExtension(until, "理由", on, "zhibu"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(expected.equals("too late") ? "期限届满前" : "应晚于");
        }
    }

    @ParameterizedTest(name = "{0} without its text")
    @CsvSource({"progress", "report", "return", "close"})
    void aStepThatNeedsItsTextIsRefusedWithoutIt(String step) {
        Assignment a = in(step.equals("return") || step.equals("close") ? AssignmentState.REPORTED
                : AssignmentState.IN_PROGRESS);
        LocalDate on = ASSIGNED.plusDays(6);
        Consumer<Assignment> blank = switch (step) {
            case "progress" -> x -> x.progress(" ", on, "zhibu");
            case "report" -> x -> x.report(null, null, on, "zhibu");
            case "return" -> x -> x.sendBack("", on, "gongwei");
            default -> x -> x.close(null, on, "gongwei");
        };
        assertThatThrownBy(() -> blank.accept(a)).isInstanceOf(InvalidInputException.class);
    }
}
