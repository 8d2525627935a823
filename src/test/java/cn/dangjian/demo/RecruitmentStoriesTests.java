package cn.dangjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import cn.dangjian.calendar.CalendarDay;
import cn.dangjian.calendar.DayKind;
import cn.dangjian.calendar.WorkingDays;
import cn.dangjian.demo.RecruitmentStories.CasePlan;
import cn.dangjian.demo.RecruitmentStories.Step;
import cn.dangjian.demo.RecruitmentStories.Story;
import cn.dangjian.demo.RecruitmentStories.Who;
import cn.dangjian.recruitment.CaseStep;
import cn.dangjian.recruitment.Deadline;
import cn.dangjian.recruitment.Problem;
import cn.dangjian.recruitment.RecordStep;
import cn.dangjian.recruitment.RuleVersion;
import cn.dangjian.recruitment.Stage;
import cn.dangjian.recruitment.StepKind;
import cn.dangjian.recruitment.StepResult;
import cn.dangjian.recruitment.internal.Timeline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every story, laid out on any day of two and a half years, walks through the recruitment engine's own checks
 * ({@link Timeline}) without a refusal — a window is exceeded only where the story says so, with its 情况说明 —
 * ends in its stage, and is overdue exactly under its planted rule.
 */
class RecruitmentStoriesTests {

    /** The official calendar's long holidays (春节, 国庆) and make-up days, roughly as published, 2024–2028. */
    static final WorkingDays CALENDAR = new WorkingDays(calendar());

    private static List<CalendarDay> calendar() {
        List<CalendarDay> days = new ArrayList<>();
        holiday(days, "2024-02-10", "2024-02-17", "2024-02-04", "2024-02-18");
        holiday(days, "2024-10-01", "2024-10-07", "2024-09-29", "2024-10-12");
        holiday(days, "2025-01-28", "2025-02-04", "2025-01-26", "2025-02-08");
        holiday(days, "2025-10-01", "2025-10-08", "2025-09-28", "2025-10-11");
        holiday(days, "2026-01-01", "2026-01-03");
        holiday(days, "2026-02-15", "2026-02-23", "2026-02-14", "2026-02-28");
        holiday(days, "2026-09-25", "2026-09-27", "2026-09-20");
        holiday(days, "2026-10-01", "2026-10-07", "2026-10-10");
        holiday(days, "2027-02-06", "2027-02-12", "2027-02-20");
        holiday(days, "2027-10-01", "2027-10-07", "2027-09-26", "2027-10-09");
        holiday(days, "2028-01-26", "2028-02-01", "2028-01-23");
        holiday(days, "2028-10-01", "2028-10-07", "2028-09-30");
        return days;
    }

    private static void holiday(List<CalendarDay> days, String from, String to, String... makeUp) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, DayKind.HOLIDAY, "假日"));
        }
        for (String m : makeUp) {
            days.add(new CalendarDay(LocalDate.parse(m), DayKind.WORKDAY, "调休上班"));
        }
    }

    @Test
    void everyStoryPassesTheEnginesChecksOnAnyDayEndsInItsStageAndIsOverdueOnlyWherePlanted() {
        int walked = 0;
        for (LocalDate today = LocalDate.of(2026, 6, 1); today.isBefore(LocalDate.of(2028, 12, 31)); today = today.plusDays(5)) {
            for (long seed = 1; seed <= 3; seed++) {
                RecruitmentStories stories = new RecruitmentStories(new Random(seed * 7919 + today.toEpochDay()), today,
                        CALENDAR);
                for (Story story : Story.values()) {
                    for (boolean late : new boolean[] {false, true}) {
                        CasePlan plan = stories.plan(story, late, late).orElseThrow();
                        walk(plan, today, late);
                        walked++;
                    }
                }
            }
        }
        assertThat(walked).isGreaterThan(10_000);
    }

    @Test
    void aLateTalkAroundTheSpringFestivalSaysSo() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        CasePlan plan = new RecruitmentStories(new Random(3), today, CALENDAR).plan(Story.ACTIVIST, true, false)
                .orElseThrow();
        Step talk = plan.last(StepKind.APPLICATION_TALK).orElseThrow();
        assertThat(talk.on()).isAfter(plan.appliedOn().plusMonths(1)).isBetween(LocalDate.of(2026, 2, 24),
                LocalDate.of(2026, 3, 2));
        assertThat(talk.justification()).contains("春节假期后谈话");
    }

    @Test
    void aListingSinceTheRevisionHasAPublicNoticeOfFiveWorkingDaysAndOneBeforeItHasNone() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        CasePlan after = new RecruitmentStories(new Random(1), today, CALENDAR).plan(Story.CANDIDATE, false, false)
                .orElseThrow();
        Step notice = after.last(StepKind.PUBLIC_NOTICE).orElseThrow();
        assertThat(CALENDAR.count(notice.on(), notice.until())).isGreaterThanOrEqualTo(5);
        assertThat(notice.result()).isEqualTo(StepResult.PASSED);
        assertThat(after.last(StepKind.CANDIDATE_DESIGNATION).orElseThrow().on()).isAfter(notice.until());
        CasePlan before = new RecruitmentStories(new Random(1), today, CALENDAR).plan(Story.FULL_MEMBER, false, false)
                .orElseThrow();
        assertThat(before.last(StepKind.CANDIDATE_DESIGNATION).orElseThrow().on()).isBefore(RuleVersion.REVISION_2026);
        assertThat(before.last(StepKind.PUBLIC_NOTICE)).isEmpty();
    }

    @Test
    void withoutTheHolidaysOfTheYearOfA公示TheStoryIsLeftOut() {
        LocalDate today = LocalDate.of(2029, 9, 1);
        RecruitmentStories stories = new RecruitmentStories(new Random(1), today, CALENDAR);
        assertThat(stories.plan(Story.CANDIDATE, false, false)).isEmpty();
        assertThat(stories.plan(Story.APPLIED, false, false)).isPresent();
    }

    @Test
    void theSameSeedAndDayGiveTheSameCases() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        for (Story story : Story.values()) {
            assertThat(new RecruitmentStories(new Random(42), today, CALENDAR).plan(story, true, true))
                    .isEqualTo(new RecruitmentStories(new Random(42), today, CALENDAR).plan(story, true, true));
        }
    }

    /** Records the plan's steps one by one as the facade does, each checked by the engine first. */
    private static void walk(CasePlan plan, LocalDate today, boolean late) {
        String where = plan.story() + " on " + today + (late ? " (late)" : "");
        LocalDate born = plan.appliedOn().minusYears(25);
        List<CaseStep> steps = new ArrayList<>();
        steps.add(step(StepKind.APPLICATION, plan.appliedOn(), null, null, null, List.of()));
        for (Step s : plan.steps()) {
            Timeline timeline = new Timeline(RuleVersion.forApplicationOn(plan.appliedOn()), born, steps);
            StepResult result = s.kind() == StepKind.ADMISSION_ASSEMBLY ? StepResult.PASSED : s.result();
            List<Long> people = switch (s.who()) {
                case TALKER -> List.of(1L);
                case MENTORS, SPONSORS -> List.of(1L, 2L);
                default -> List.of();
            };
            RecordStep record = new RecordStep(s.kind(), s.on(), s.until(), people,
                    s.who() == Who.PARTY_COMMITTEE ? "机关党委组织委员 王伟" : null, s.days(), s.hours(), null, result,
                    s.note(), s.justification());
            List<Problem> problems = timeline.check(record, today, CALENDAR);
            assertThat(problems).as(where + ": " + s).allSatisfy(p -> {
                assertThat(p.waivable()).as(p.message()).isTrue();
                assertThat(s.justification()).as(p.message()).isNotBlank();
            });
            steps.add(new CaseStep(0, s.kind(), s.on(), s.until(), List.of(), null, s.days(), s.hours(), null, result,
                    null, null, s.note(), s.justification(), problems.stream().map(Problem::ruleId).distinct().toList(),
                    "demo", null));
        }
        Timeline end = new Timeline(RuleVersion.forApplicationOn(plan.appliedOn()), born, steps);
        if (plan.story() == Story.WITHDRAWN) {
            assertThat(end.stage()).as(where).isIn(Stage.APPLICANT, Stage.ACTIVIST);
            assertThat(plan.closedOn()).as(where).isBeforeOrEqualTo(today).isAfterOrEqualTo(steps.get(steps.size() - 1).on());
            return;
        }
        assertThat(end.stage()).as(where).isEqualTo(plan.story().stage());
        List<String> overdue = end.deadlines(today, 30).stream().filter(d -> d.overdue(today)).map(Deadline::ruleId)
                .toList();
        DemoIrregularity.Kind planted = plan.story().planted();
        assertThat(overdue).as(where).isEqualTo(planted == null ? List.of() : List.of(planted.rule()));
        if (plan.story() == Story.FULL_MEMBER) {
            assertThat(end.fullFrom()).contains(end.probationStart().orElseThrow().plusYears(1));
        }
        Optional<Step> justified = plan.steps().stream().filter(s -> s.justification() != null).findFirst();
        if (!late) {
            assertThat(justified).as(where).isEmpty();
        }
    }

    private static CaseStep step(StepKind kind, LocalDate on, LocalDate until, StepResult result, String note,
                                 List<CaseStep.Person> people) {
        return new CaseStep(0, kind, on, until, people, null, null, null, null, result, null, null, note, null,
                List.of(), "demo", null);
    }
}
