package cn.dangjian.recruitment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.calendar.CalendarDay;
import cn.dangjian.calendar.DayKind;
import cn.dangjian.calendar.WorkingDays;
import cn.dangjian.recruitment.CaseStep;
import cn.dangjian.recruitment.Deadline;
import cn.dangjian.recruitment.Problem;
import cn.dangjian.recruitment.RecordStep;
import cn.dangjian.recruitment.RuleVersion;
import cn.dangjian.recruitment.Stage;
import cn.dangjian.recruitment.StepKind;
import cn.dangjian.recruitment.StepResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.dangjian.recruitment.StepKind.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order and time windows of the 《发展党员工作细则》, table-driven from the catalogue's numbers (FZ-01..FZ-25):
 * "within one month" includes its last day, "one year or more" is reached on the anniversary, a 公示 counts
 * working days from the official calendar, approval goes to three months and, with a reason, never beyond six.
 */
class TimelineTests {

    private static final LocalDate TODAY = LocalDate.of(2029, 1, 1);
    private static final LocalDate BORN = LocalDate.of(1998, 5, 4);

    /** The official calendar of holidays.md for 2025–2026, the part these cases cross. */
    static final WorkingDays CALENDAR = new WorkingDays(calendar());

    private static List<CalendarDay> calendar() {
        List<CalendarDay> days = new ArrayList<>();
        range(days, "2025-10-01", "2025-10-08", DayKind.HOLIDAY, "国庆节、中秋节");
        range(days, "2026-01-01", "2026-01-03", DayKind.HOLIDAY, "元旦");
        range(days, "2026-02-15", "2026-02-23", DayKind.HOLIDAY, "春节");
        range(days, "2026-09-25", "2026-09-27", DayKind.HOLIDAY, "中秋节");
        range(days, "2026-10-01", "2026-10-07", DayKind.HOLIDAY, "国庆节");
        days.add(new CalendarDay(LocalDate.parse("2026-09-20"), DayKind.WORKDAY, "中秋节调休上班"));
        days.add(new CalendarDay(LocalDate.parse("2026-10-10"), DayKind.WORKDAY, "国庆节调休上班"));
        return days;
    }

    private static void range(List<CalendarDay> days, String from, String to, DayKind kind, String name) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, kind, name));
        }
    }

    /** A case's recorded steps, written in order without checks: the state a test starts from. */
    static final class Steps {
        private final List<CaseStep> steps = new ArrayList<>();

        Steps add(StepKind kind, String on) {
            return add(kind, on, null, null, null);
        }

        Steps add(StepKind kind, String on, String until, StepResult result, Integer months) {
            steps.add(new CaseStep(steps.size() + 1, kind, LocalDate.parse(on), until == null ? null : LocalDate.parse(until),
                    List.of(), null, null, null, months, result, null, null, null, null, List.of(), "test", null));
            return this;
        }

        Steps activist(String applied, String activist) {
            return add(APPLICATION, applied).add(APPLICATION_TALK, applied).add(ACTIVIST_DESIGNATION, activist)
                    .add(MENTORS, activist);
        }

        /** Up to the candidate listing (with a 公示 before it when one is given). */
        Steps candidate(String applied, String activist, String candidate) {
            return activist(applied, activist).add(CANDIDATE_DESIGNATION, candidate);
        }

        Steps preReviewed(String applied, String activist, String candidate, String reviewed) {
            return candidate(applied, activist, candidate).add(SPONSORS, candidate)
                    .add(POLITICAL_REVIEW, candidate, null, StepResult.PASSED, null).add(TRAINING, candidate)
                    .add(PRE_REVIEW, reviewed, null, StepResult.PASSED, null);
        }

        Steps admitted(String assembly, String approved) {
            return preReviewed("2023-01-05", "2023-03-01", "2024-03-01", "2024-04-01")
                    .add(ADMISSION_ASSEMBLY, assembly, null, StepResult.PASSED, null).add(APPROVAL_TALK, assembly)
                    .add(ADMISSION_APPROVAL, approved, null, StepResult.PASSED, null);
        }

        Timeline timeline(RuleVersion version) {
            return new Timeline(version, BORN, steps);
        }
    }

    private static Steps steps() {
        return new Steps();
    }

    private static List<Problem> check(Timeline t, RecordStep step) {
        return t.check(step, TODAY, CALENDAR);
    }

    /** "ok", "waivable" or "refused": what the secretary meets when recording the step. */
    private static String verdict(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "ok";
        }
        return problems.stream().allMatch(Problem::waivable) ? "waivable" : "refused";
    }

    @ParameterizedTest(name = "FZ-03: applied {0}, talk {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-01 | 2026-04-01 | ok
            2026-03-01 | 2026-04-02 | waivable
            2026-01-31 | 2026-02-28 | ok
            2026-01-31 | 2026-03-01 | waivable
            2025-12-15 | 2025-12-15 | ok
            """)
    void theTalkIsDueWithinOneMonthOfTheApplication(String applied, LocalDate talk, String expected) {
        Timeline t = steps().add(APPLICATION, applied).timeline(RuleVersion.FZ2026);
        List<Problem> problems = check(t, RecordStep.on(APPLICATION_TALK, talk).withMembers(List.of(1L)));
        assertThat(verdict(problems)).isEqualTo(expected);
        problems.forEach(p -> assertThat(p.message()).contains("FZ-03").contains("第七条"));
    }

    @ParameterizedTest(name = "FZ-08: activist {0}, listed {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-04-15 | 2025-04-14 | refused
            2024-04-15 | 2025-04-15 | ok
            2024-02-29 | 2025-02-28 | ok
            2024-02-29 | 2025-02-27 | refused
            """)
    void aCandidateIsListedAfterOneYearOrMoreAsAnActivist(String activist, LocalDate listed, String expected) {
        Timeline t = steps().activist("2024-01-02", activist).timeline(RuleVersion.FZ2014);
        List<Problem> problems = check(t, RecordStep.on(CANDIDATE_DESIGNATION, listed));
        assertThat(verdict(problems)).isEqualTo(expected);
        problems.forEach(p -> assertThat(p.message()).contains("一年以上").contains("FZ-08"));
    }

    @ParameterizedTest(name = "FZ-08 公示 {0} to {1}: {2} working days → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # from     | to         | days | verdict | why
            2026-11-16 | 2026-11-20 | 5    | ok      | Monday to Friday
            2026-11-20 | 2026-11-25 | 4    | refused | a weekend in between
            2026-11-20 | 2026-11-26 | 5    | ok      | a weekend in between
            2026-09-24 | 2026-10-07 | 4    | refused | 中秋节 and 国庆节 in between
            2026-09-24 | 2026-10-08 | 5    | ok      | 中秋节 and 国庆节 in between
            2026-09-18 | 2026-09-23 | 5    | ok      | Sunday 9-20 is a make-up workday
            2026-09-30 | 2026-10-10 | 4    | refused | Saturday 10-10 is a make-up workday
            2026-09-30 | 2026-10-12 | 5    | ok      | Saturday 10-10 is a make-up workday
            """)
    void aPublicNoticeLastsAtLeastFiveWorkingDays(LocalDate from, LocalDate to, int days, String expected, String why) {
        assertThat(CALENDAR.count(from, to)).as(why).isEqualTo(days);
        Timeline t = steps().activist("2025-01-06", "2025-03-03").timeline(RuleVersion.FZ2014);
        List<Problem> problems = check(t, RecordStep.on(PUBLIC_NOTICE, from).withUntil(to).withResult(StepResult.PASSED));
        assertThat(verdict(problems)).as(why).isEqualTo(expected);
        if (!problems.isEmpty()) {
            assertThat(problems.get(0).message()).contains("不少于5个工作日").contains("只有" + days + "个工作日")
                    .contains("最早应至" + CALENDAR.nthWorkingDay(from, 5));
        }
    }

    @Test
    void aPublicNoticeIntoAYearWithoutACalendarCannotBeCounted() {
        Timeline t = steps().activist("2025-01-06", "2025-03-03").timeline(RuleVersion.FZ2014);
        List<Problem> problems = check(t, RecordStep.on(PUBLIC_NOTICE, LocalDate.parse("2026-12-28"))
                .withUntil(LocalDate.parse("2027-01-05")).withResult(StepResult.PASSED));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("2027年的节假日安排尚未录入"));
    }

    @ParameterizedTest(name = "{0} case listed {1}: 公示 required {2}")
    @CsvSource(delimiter = '|', textBlock = """
            FZ2014 | 2026-05-10 | false
            FZ2014 | 2026-05-11 | true
            FZ2026 | 2027-06-01 | true
            """)
    void theNoticeIsRequiredForEveryListingFromThe2026Revision(RuleVersion version, LocalDate listed, boolean required) {
        Timeline t = steps().activist("2025-01-06", "2025-03-03").timeline(version);
        List<Problem> problems = check(t, RecordStep.on(CANDIDATE_DESIGNATION, listed));
        assertThat(problems.stream().anyMatch(p -> p.message().contains("公示"))).isEqualTo(required);
        Timeline noticed = steps().activist("2025-01-06", "2025-03-03")
                .add(PUBLIC_NOTICE, "2026-05-11", "2026-05-15", StepResult.PASSED, null).timeline(version);
        assertThat(check(noticed, RecordStep.on(CANDIDATE_DESIGNATION, LocalDate.parse("2026-05-14"))))
                .as("listed before the notice ends").extracting(Problem::message).anyMatch(m -> m.contains("公示期满"));
        assertThat(check(noticed, RecordStep.on(CANDIDATE_DESIGNATION, LocalDate.parse("2026-05-15")))).isEmpty();
        Timeline objected = steps().activist("2025-01-06", "2025-03-03")
                .add(PUBLIC_NOTICE, "2026-05-11", "2026-05-15", StepResult.NOT_PASSED, null).timeline(version);
        assertThat(verdict(check(objected, RecordStep.on(CANDIDATE_DESIGNATION, LocalDate.parse("2026-05-20")))))
                .isEqualTo("refused");
    }

    @ParameterizedTest(name = "FZ-11: {0} days, {1} hours → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3 | 0  | ok
            2 | 24 | ok
            0 | 24 | ok
            2 | 23 | waivable
            0 | 0  | waivable
            """)
    void trainingIsThreeDaysOrTwentyFourHoursSaveForSpecialCases(int days, int hours, String expected) {
        Timeline t = steps().candidate("2023-01-05", "2023-03-01", "2024-03-01").timeline(RuleVersion.FZ2014);
        RecordStep training = RecordStep.on(TRAINING, LocalDate.parse("2024-03-10")).withTraining(days, hours);
        assertThat(verdict(check(t, training))).isEqualTo(expected);
    }

    @Test
    void preReviewNeedsSponsorsAndAPassedPoliticalReview() {
        Timeline noReview = steps().candidate("2023-01-05", "2023-03-01", "2024-03-01").add(SPONSORS, "2024-03-02")
                .timeline(RuleVersion.FZ2014);
        assertThat(check(noReview, RecordStep.on(PRE_REVIEW, LocalDate.parse("2024-04-01")).withResult(StepResult.PASSED)))
                .extracting(Problem::message).anyMatch(m -> m.contains("政治审查") && m.contains("FZ-10"));
        Timeline failed = steps().candidate("2023-01-05", "2023-03-01", "2024-03-01").add(SPONSORS, "2024-03-02")
                .add(POLITICAL_REVIEW, "2024-03-05", null, StepResult.NOT_PASSED, null).timeline(RuleVersion.FZ2014);
        assertThat(failed.nextSteps(TODAY)).doesNotContain(PRE_REVIEW);
        Timeline untrained = steps().candidate("2023-01-05", "2023-03-01", "2024-03-01").add(SPONSORS, "2024-03-02")
                .add(POLITICAL_REVIEW, "2024-03-05", null, StepResult.PASSED, null).timeline(RuleVersion.FZ2014);
        assertThat(verdict(check(untrained, RecordStep.on(PRE_REVIEW, LocalDate.parse("2024-04-01"))
                .withResult(StepResult.PASSED)))).as("FZ-11: no training only in special cases").isEqualTo("waivable");
    }

    @ParameterizedTest(name = "FZ-13 ({0}): pre-review 2027-07-31, assembly {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            FZ2026 | 2027-08-31 | ok
            FZ2026 | 2027-09-01 | waivable
            FZ2014 | 2027-10-15 | ok
            """)
    void theAssemblyFollowsPreReviewWithinOneMonthUnderThe2026Rules(RuleVersion version, LocalDate assembly,
                                                                     String expected) {
        Timeline t = steps().preReviewed("2026-06-01", "2026-07-01", "2027-07-01", "2027-07-31").timeline(version);
        assertThat(verdict(check(t, RecordStep.on(ADMISSION_ASSEMBLY, assembly).withResult(StepResult.PASSED))))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "FZ-19: assembly 2024-05-20, approval {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-08-20 | ok
            2024-08-21 | waivable
            2024-11-20 | waivable
            2024-11-21 | refused
            """)
    void approvalComesWithinThreeMonthsAndNeverBeyondSix(LocalDate approval, String expected) {
        Timeline t = steps().preReviewed("2023-01-05", "2023-03-01", "2024-03-01", "2024-04-01")
                .add(ADMISSION_ASSEMBLY, "2024-05-20", null, StepResult.PASSED, null).add(APPROVAL_TALK, "2024-06-01")
                .timeline(RuleVersion.FZ2014);
        List<Problem> problems = check(t, RecordStep.on(ADMISSION_APPROVAL, approval).withResult(StepResult.PASSED));
        assertThat(verdict(problems)).isEqualTo(expected);
        problems.forEach(p -> assertThat(p.message()).contains("FZ-19"));
    }

    @Test
    void approvalNeedsTheCommitteesTalkFirst() {
        Timeline t = steps().preReviewed("2023-01-05", "2023-03-01", "2024-03-01", "2024-04-01")
                .add(ADMISSION_ASSEMBLY, "2024-05-20", null, StepResult.PASSED, null).timeline(RuleVersion.FZ2014);
        assertThat(check(t, RecordStep.on(ADMISSION_APPROVAL, LocalDate.parse("2024-06-20")).withResult(StepResult.PASSED)))
                .extracting(Problem::message).anyMatch(m -> m.contains("FZ-17"));
    }

    @Test
    void probationRunsOneYearFromTheAssemblyNotTheApproval() {
        Timeline t = steps().admitted("2024-05-20", "2024-08-10").timeline(RuleVersion.FZ2014);
        assertThat(t.stage()).isEqualTo(Stage.PROBATIONARY);
        assertThat(t.probationStart()).contains(LocalDate.parse("2024-05-20"));
        assertThat(t.fullFrom()).contains(LocalDate.parse("2025-05-20"));
        t = steps().admitted("2024-05-20", "2024-08-10").add(CONFIRMATION_APPLICATION, "2025-05-01")
                .add(CONFIRMATION_ASSEMBLY, "2025-05-25", null, StepResult.EXTEND, 6)
                .add(CONFIRMATION_APPROVAL, "2025-06-20", null, StepResult.EXTEND, 6).timeline(RuleVersion.FZ2014);
        assertThat(t.stage()).isEqualTo(Stage.PROBATIONARY);
        assertThat(t.fullFrom()).as("extended by 6 months").contains(LocalDate.parse("2025-11-20"));
    }

    @ParameterizedTest(name = "FZ-22: 转正 discussed {0} for probation ending 2025-05-19 → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-05-19 | refused
            2025-05-20 | ok
            """)
    void confirmationIsDiscussedOnlyOnceProbationHasEnded(LocalDate on, String expected) {
        Timeline t = steps().admitted("2024-05-20", "2024-08-10").add(CONFIRMATION_APPLICATION, "2025-05-01")
                .timeline(RuleVersion.FZ2014);
        assertThat(verdict(check(t, RecordStep.on(CONFIRMATION_ASSEMBLY, on).withResult(StepResult.CONFIRM))))
                .isEqualTo(expected);
        Timeline unasked = steps().admitted("2024-05-20", "2024-08-10").timeline(RuleVersion.FZ2014);
        assertThat(check(unasked, RecordStep.on(CONFIRMATION_ASSEMBLY, on).withResult(StepResult.CONFIRM)))
                .extracting(Problem::message).anyMatch(m -> m.contains("书面转正申请") && m.contains("FZ-23"));
    }

    @ParameterizedTest(name = "FZ-22: extend by {0} months → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            5  | refused
            6  | ok
            12 | ok
            13 | refused
            """)
    void probationIsExtendedOnceBySixToTwelveMonths(int months, String expected) {
        Timeline t = steps().admitted("2024-05-20", "2024-08-10").add(CONFIRMATION_APPLICATION, "2025-05-01")
                .timeline(RuleVersion.FZ2014);
        RecordStep extend = RecordStep.on(CONFIRMATION_ASSEMBLY, LocalDate.parse("2025-05-25"))
                .withResult(StepResult.EXTEND).withMonths(months);
        assertThat(verdict(check(t, extend))).isEqualTo(expected);
        Timeline again = steps().admitted("2024-05-20", "2024-08-10").add(CONFIRMATION_APPLICATION, "2025-05-01")
                .add(CONFIRMATION_ASSEMBLY, "2025-05-25", null, StepResult.EXTEND, 6)
                .add(CONFIRMATION_APPROVAL, "2025-06-20", null, StepResult.EXTEND, 6)
                .add(CONFIRMATION_APPLICATION, "2025-11-01").timeline(RuleVersion.FZ2014);
        assertThat(check(again, RecordStep.on(CONFIRMATION_ASSEMBLY, LocalDate.parse("2025-11-25"))
                .withResult(StepResult.EXTEND).withMonths(6))).extracting(Problem::message)
                .anyMatch(m -> m.contains("只能延长一次"));
    }

    @ParameterizedTest(name = "FZ-24: assembly 2025-05-25, approval {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-08-25 | ok
            2025-08-26 | waivable
            """)
    void confirmationIsApprovedWithinThreeMonths(LocalDate approval, String expected) {
        Timeline t = steps().admitted("2024-05-20", "2024-08-10").add(CONFIRMATION_APPLICATION, "2025-05-01")
                .add(CONFIRMATION_ASSEMBLY, "2025-05-25", null, StepResult.CONFIRM, null).timeline(RuleVersion.FZ2014);
        assertThat(verdict(check(t, RecordStep.on(CONFIRMATION_APPROVAL, approval).withResult(StepResult.CONFIRM))))
                .isEqualTo(expected);
        assertThat(verdict(check(t, RecordStep.on(CONFIRMATION_APPROVAL, approval).withResult(StepResult.EXTEND)
                .withMonths(6)))).as("the 党委 approves the branch's resolution or refuses it").isEqualTo("refused");
    }

    @ParameterizedTest(name = "FZ-25: postponed {0} then {1} months → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3 | 3 | ok
            3 | 4 | refused
            0 | 6 | ok
            0 | 7 | refused
            """)
    void aTransferredInProbationerIsPostponedAtMostSixMonths(int first, int second, String expected) {
        Steps s = steps().admitted("2024-05-20", "2024-08-10");
        if (first > 0) {
            s.add(TRANSFER_POSTPONEMENT, "2025-05-01", null, null, first);
        }
        assertThat(verdict(check(s.timeline(RuleVersion.FZ2014), RecordStep.on(TRANSFER_POSTPONEMENT,
                LocalDate.parse("2025-05-10")).withMonths(second)))).isEqualTo(expected);
    }

    @Test
    void stepsComeInOrderAndClosedCasesTakeNoMore() {
        Timeline applicant = steps().add(APPLICATION, "2026-03-01").timeline(RuleVersion.FZ2014);
        assertThat(applicant.nextSteps(TODAY)).containsExactly(APPLICATION_TALK);
        assertThat(check(applicant, RecordStep.on(ACTIVIST_DESIGNATION, LocalDate.parse("2026-03-10"))))
                .extracting(Problem::message).anyMatch(m -> m.contains("请先记录“派人同入党申请人谈话”"));
        assertThat(check(applicant, RecordStep.on(SPONSORS, LocalDate.parse("2026-03-10"))))
                .extracting(Problem::message).anyMatch(m -> m.contains("当前处于“入党申请人”阶段"));
        Timeline talked = steps().add(APPLICATION, "2026-03-01").add(APPLICATION_TALK, "2026-03-10")
                .timeline(RuleVersion.FZ2014);
        assertThat(check(talked, RecordStep.on(ACTIVIST_DESIGNATION, LocalDate.parse("2026-03-09"))))
                .extracting(Problem::message).anyMatch(m -> m.contains("不能早于已记录的上一环节"));
        Timeline refused = steps().preReviewed("2023-01-05", "2023-03-01", "2024-03-01", "2024-04-01")
                .add(ADMISSION_ASSEMBLY, "2024-05-20", null, StepResult.NOT_PASSED, null).timeline(RuleVersion.FZ2014);
        assertThat(refused.stage()).isEqualTo(Stage.CLOSED);
        assertThat(refused.nextSteps(TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} on {1} → {2} due {3}")
    @CsvSource(delimiter = '|', textBlock = """
            applicant    | 2026-03-01 | FZ-03 | 2026-04-01
            activist     | 2025-10-01 | FZ-06 | 2026-01-15
            assessed     | 2026-06-01 | FZ-06 | 2026-07-20
            assembled    | 2024-06-01 | FZ-19 | 2024-08-20
            probationary | 2025-06-01 | FZ-22 | 2025-06-19
            extended     | 2025-12-01 | FZ-22 | 2025-12-20
            discussed    | 2025-06-01 | FZ-24 | 2025-08-25
            """)
    void eachOpenCaseWaitsForOneStepByADay(String state, LocalDate today, String ruleId, LocalDate due) {
        Steps s = switch (state) {
            case "applicant" -> steps().add(APPLICATION, "2026-03-01");
            case "activist" -> steps().activist("2025-06-01", "2025-07-15");
            case "assessed" -> steps().activist("2025-06-01", "2025-07-15").add(ASSESSMENT, "2026-01-20");
            case "assembled" -> steps().preReviewed("2023-01-05", "2023-03-01", "2024-03-01", "2024-04-01")
                    .add(ADMISSION_ASSEMBLY, "2024-05-20", null, StepResult.PASSED, null);
            case "probationary" -> steps().admitted("2024-05-20", "2024-08-10");
            case "extended" -> steps().admitted("2024-05-20", "2024-08-10").add(CONFIRMATION_APPLICATION, "2025-05-01")
                    .add(CONFIRMATION_ASSEMBLY, "2025-05-25", null, StepResult.EXTEND, 6)
                    .add(CONFIRMATION_APPROVAL, "2025-06-20", null, StepResult.EXTEND, 6);
            case "discussed" -> steps().admitted("2024-05-20", "2024-08-10").add(CONFIRMATION_APPLICATION, "2025-05-01")
                    .add(CONFIRMATION_ASSEMBLY, "2025-05-25", null, StepResult.CONFIRM, null);
            default -> throw new IllegalArgumentException(state);
        };
        List<Deadline> deadlines = s.timeline(RuleVersion.FZ2014).deadlines(today, 30);
        assertThat(deadlines).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo(ruleId);
            assertThat(d.dueOn()).isEqualTo(due);
        });
    }

    @Test
    void the2026RulesAddTheOathWithinAMonth() {
        Steps s = new Steps().preReviewed("2026-06-01", "2026-07-01", "2027-07-01", "2027-07-20")
                .add(ADMISSION_ASSEMBLY, "2027-08-01", null, StepResult.PASSED, null).add(APPROVAL_TALK, "2027-08-05")
                .add(ADMISSION_APPROVAL, "2027-09-10", null, StepResult.PASSED, null);
        assertThat(s.timeline(RuleVersion.FZ2026).deadlines(LocalDate.parse("2027-09-15"), 30))
                .extracting(Deadline::ruleId, Deadline::dueOn)
                .contains(org.assertj.core.groups.Tuple.tuple("FZ-20", LocalDate.parse("2027-10-10")));
        assertThat(s.timeline(RuleVersion.FZ2014).deadlines(LocalDate.parse("2027-09-15"), 30))
                .extracting(Deadline::ruleId).doesNotContain("FZ-20");
        assertThat(verdict(check(s.timeline(RuleVersion.FZ2026), RecordStep.on(OATH, LocalDate.parse("2027-10-11")))))
                .isEqualTo("waivable");
    }

    @Test
    void aCandidateWaitsForTheBranchThenForTheCommittee() {
        Steps s = new Steps().candidate("2023-01-05", "2023-03-01", "2024-03-01");
        assertThat(s.timeline(RuleVersion.FZ2014).awaiting(TODAY, 30)).contains(SPONSORS);
        assertThat(s.timeline(RuleVersion.FZ2014).deadlines(TODAY, 30)).as("assessed until 预审 (FZ-06)")
                .extracting(Deadline::ruleId).containsExactly("FZ-06");
        s.add(SPONSORS, "2024-03-02").add(POLITICAL_REVIEW, "2024-03-05", null, StepResult.PASSED, null)
                .add(TRAINING, "2024-03-10");
        assertThat(s.timeline(RuleVersion.FZ2014).awaiting(TODAY, 30)).as("on the 党委's desk").contains(PRE_REVIEW);
        assertThat(s.timeline(RuleVersion.FZ2014).nextSteps(TODAY)).contains(ASSESSMENT, PRE_REVIEW);
        s.add(PRE_REVIEW, "2024-04-01", null, StepResult.PASSED, null);
        assertThat(s.timeline(RuleVersion.FZ2014).nextSteps(TODAY)).as("assessed until 预审, then the assembly")
                .containsExactly(ADMISSION_ASSEMBLY);
        s.add(ADMISSION_ASSEMBLY, "2024-04-20", null, StepResult.PASSED, null);
        assertThat(s.timeline(RuleVersion.FZ2014).nextSteps(TODAY)).containsExactly(APPROVAL_TALK);
    }
}
