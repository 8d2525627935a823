package cn.dangjian.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import cn.dangjian.calendar.WorkingDays;
import cn.dangjian.recruitment.RuleVersion;
import cn.dangjian.recruitment.Stage;
import cn.dangjian.recruitment.StepKind;
import cn.dangjian.recruitment.StepResult;

import static cn.dangjian.recruitment.StepKind.*;

/**
 * The demo's 发展党员 cases as stories, one per stage of the 细则 and four stuck past a deadline on purpose, each
 * laid out as dated steps that fit the order and windows the recruitment module checks: the talk within a month
 * of the application (FZ-03), an assessment every six months (FZ-06), a year or more as an activist and, from
 * 2026-05-11, a 公示 of at least five working days before listing (FZ-08), the assembly within a month of 预审
 * (FZ-13), approval within three months of it (FZ-19), the oath within a month (FZ-20), probation of one year from
 * the assembly (FZ-21) and 转正 approval within three months (FZ-24). A story may take one step late with the
 * 情况说明 the rules ask for. Dates are relative to today, on working days of the official calendar, and never
 * later than the last working day before today. Pure and deterministic for a given {@link Random}.
 */
final class RecruitmentStories {

    /** What a case has gone through by today; the planted ones are overdue under their rule. */
    enum Story {
        /** applied in the last three months; talked with if more than two weeks ago. */
        APPLIED(Stage.APPLICANT, null),
        /** applied 40–60 days ago, nobody has talked with them. */
        TALK_OVERDUE(Stage.APPLICANT, DemoIrregularity.Kind.TALK_OVERDUE),
        /** an activist for up to eleven months, assessed every half year. */
        ACTIVIST(Stage.ACTIVIST, null),
        /** an activist for over a year whose last assessment was more than half a year ago. */
        ASSESSMENT_OVERDUE(Stage.ACTIVIST, DemoIrregularity.Kind.ASSESSMENT_OVERDUE),
        /** listed as a candidate in the last three months, after the 公示. */
        CANDIDATE(Stage.CANDIDATE, null),
        /** a candidate through political review and training, waiting for the 党委's 预审. */
        AWAITING_PRE_REVIEW(Stage.CANDIDATE, null),
        /** admitted by the branch assembly in the last six weeks, waiting for the 党委's approval. */
        AWAITING_APPROVAL(Stage.CANDIDATE, null),
        /** admitted by the branch assembly three to four and a half months ago, still not approved. */
        APPROVAL_OVERDUE(Stage.CANDIDATE, DemoIrregularity.Kind.APPROVAL_OVERDUE),
        /** a probationary member, sworn in, probation still running. */
        PROBATIONARY(Stage.PROBATIONARY, null),
        /** probation ended six to ten weeks ago, the 转正 application handed in, no discussion yet. */
        CONFIRMATION_OVERDUE(Stage.PROBATIONARY, DemoIrregularity.Kind.CONFIRMATION_OVERDUE),
        /** confirmed as a full member in the last five months. */
        FULL_MEMBER(Stage.FULL, null),
        /** the applicant withdrew: the case is closed. */
        WITHDRAWN(Stage.CLOSED, null);

        private final Stage stage;
        private final DemoIrregularity.Kind planted;

        Story(Stage stage, DemoIrregularity.Kind planted) {
            this.stage = stage;
            this.planted = planted;
        }

        Stage stage() {
            return stage;
        }

        /** The irregularity this story plants, or {@code null}. */
        DemoIrregularity.Kind planted() {
            return planted;
        }

        /** Whether the 党委 approved the admission, so that the person is on the member roll. */
        boolean admits() {
            return stage == Stage.PROBATIONARY || stage == Stage.FULL;
        }
    }

    /** Who takes part in a step: chosen from the branch's full members, or the approving 党委, when recorded. */
    enum Who { NOBODY, TALKER, MENTORS, SPONSORS, PARTY_COMMITTEE }

    /**
     * One planned step. {@link StepKind#ADMISSION_ASSEMBLY} and {@link StepKind#CONFIRMATION_ASSEMBLY} are held as a
     * 支部党员大会; the others are recorded as they are.
     */
    record Step(StepKind kind, LocalDate on, LocalDate until, Who who, StepResult result, Integer days,
                Integer hours, String note, String justification) {
    }

    /** A case: the application, the steps after it in order, and for a withdrawn one when and why it was closed. */
    record CasePlan(Story story, LocalDate appliedOn, List<Step> steps, LocalDate closedOn, String closedReason) {

        /** The last step of this kind, if planned. */
        Optional<Step> last(StepKind kind) {
            Step found = null;
            for (Step s : steps) {
                if (s.kind() == kind) {
                    found = s;
                }
            }
            return Optional.ofNullable(found);
        }
    }

    static final String WITHDRAWN_REASON = "申请人本人书面提出撤回入党申请";

    private static final List<String> ASSESSMENTS = List.of(
            "培养联系人汇报：学习积极，工作主动，考察合格", "思想汇报按时提交，表现良好，考察合格",
            "支委会听取培养联系人意见，考察合格", "参加主题党日和志愿服务积极，考察合格");
    private static final List<String> LATE_TALK = List.of(
            "支部书记参加一个月脱产培训，返岗后即安排谈话", "申请人借调参加专项工作一个多月，返岗后即谈话");

    private final Random random;
    private final LocalDate today;
    private final WorkingDays days;
    private final LocalDate lastDay;

    /**
     * @param today no step falls on or after this day; every step falls on a working day of {@code days}
     */
    RecruitmentStories(Random random, LocalDate today, WorkingDays days) {
        this.random = random;
        this.today = today;
        this.days = days;
        this.lastDay = workday(today.minusDays(1));
    }

    /**
     * Lays out {@code story}; {@code lateTalk} has the talk five weeks after the application and {@code lateApproval}
     * the 党委's approval beyond three months, each with its 情况说明 (only for stories that get that far). Empty
     * when a 公示 would fall in a year whose holidays the calendar does not have (its working days cannot be
     * counted, so the recruitment module would refuse it).
     */
    Optional<CasePlan> plan(Story story, boolean lateTalk, boolean lateApproval) {
        Draft d = new Draft();
        switch (story) {
            case APPLIED -> {
                d.applied = back(today, 2, 95);
                long sinceApplied = ChronoUnit.DAYS.between(d.applied, today);
                long room = ChronoUnit.DAYS.between(d.applied, lastDay);
                if (sinceApplied > 15 || room >= 6 && random.nextBoolean()) {
                    LocalDate talk = workday(d.applied.plusDays(between((int) Math.min(5, room), (int) Math.min(18, room))));
                    d.add(APPLICATION_TALK, talk, null, Who.TALKER, null, "了解入党动机，介绍党的基本知识", null);
                }
            }
            case TALK_OVERDUE -> d.applied = workday(today.minusDays(between(40, 60)));
            case ACTIVIST -> {
                Optional<LocalDate> festival = lateTalk ? springFestivalEnd(today.minusDays(330), today.minusDays(130))
                        : Optional.empty();
                LocalDate activist;
                if (festival.isPresent()) {
                    LocalDate talk = onOrAfter(festival.get().plusDays(between(1, 3)));
                    activist = workday(talk.plusDays(between(20, 60)));
                    d.activist(activist, talk, true);
                } else {
                    activist = back(today, 45, 330);
                    d.activist(activist, lateTalk);
                }
                d.assessments(activist, today, today.plusDays(20));
            }
            case ASSESSMENT_OVERDUE -> {
                LocalDate lastAssessed = workday(today.minusMonths(6).minusDays(between(20, 60)));
                LocalDate activist = workday(lastAssessed.minusMonths(6).plusDays(between(5, 25)));
                d.activist(activist, lateTalk);
                d.add(ASSESSMENT, lastAssessed, null, Who.NOBODY, null, pick(ASSESSMENTS), null);
            }
            case CANDIDATE -> {
                LocalDate listed = back(today, 10, 95);
                if (!d.listed(listed, lateTalk)) {
                    return Optional.empty();
                }
                d.afterListing(listed, false);
                d.assessments(d.lastAssessed(), today, today.plusDays(20));
            }
            case AWAITING_PRE_REVIEW -> {
                LocalDate listed = back(today, 85, 115);
                if (!d.listed(listed, lateTalk)) {
                    return Optional.empty();
                }
                d.afterListing(listed, true);
                d.assessments(d.lastAssessed(), today, today.plusDays(20));
            }
            case AWAITING_APPROVAL -> {
                LocalDate assembly = back(today, 3, 42);
                if (!d.admitted(assembly, lateTalk)) {
                    return Optional.empty();
                }
                LocalDate talk = workday(assembly.plusDays(between(5, 20)));
                if (!talk.isAfter(lastDay) && random.nextBoolean()) {
                    d.add(APPROVAL_TALK, talk, null, Who.PARTY_COMMITTEE, null, "审批前谈话，了解入党动机和对党的认识", null);
                }
            }
            case APPROVAL_OVERDUE -> {
                LocalDate assembly = workday(today.minusMonths(3).minusDays(between(15, 45)));
                if (!d.admitted(assembly, lateTalk)) {
                    return Optional.empty();
                }
                d.add(APPROVAL_TALK, workday(assembly.plusDays(between(7, 20))), null, Who.PARTY_COMMITTEE, null,
                        "审批前谈话，了解入党动机和对党的认识", null);
            }
            case PROBATIONARY -> {
                LocalDate assembly = back(today, lateApproval ? 165 : 95, 300);
                if (!d.admitted(assembly, lateTalk)) {
                    return Optional.empty();
                }
                d.approved(assembly, lateApproval);
            }
            case CONFIRMATION_OVERDUE -> {
                LocalDate assembly = workday(today.minusYears(1).minusDays(between(45, 75)));
                if (!d.admitted(assembly, lateTalk)) {
                    return Optional.empty();
                }
                d.approved(assembly, lateApproval);
                d.add(CONFIRMATION_APPLICATION, back(assembly.plusYears(1), 3, 20), null, Who.NOBODY, null,
                        "本人提交书面转正申请", null);
            }
            case FULL_MEMBER -> {
                LocalDate assembly = workday(today.minusYears(1).minusDays(between(90, 260)));
                if (!d.admitted(assembly, lateTalk)) {
                    return Optional.empty();
                }
                d.approved(assembly, lateApproval);
                d.confirmed(assembly);
            }
            case WITHDRAWN -> {
                if (random.nextBoolean()) {
                    d.activist(back(today, 80, 160), false);
                } else {
                    d.applied = back(today, 60, 150);
                    d.add(APPLICATION_TALK, workday(d.applied.plusDays(between(6, 18))), null, Who.TALKER, null,
                            "了解入党动机，介绍党的基本知识", null);
                }
                d.closedOn = back(today, 5, 30);
            }
        }
        return Optional.of(d.build(story));
    }

    /** The steps of one story as they are worked out (dates are chosen backwards from the step that matters). */
    private final class Draft {

        private LocalDate applied;
        private LocalDate activistOn;
        private LocalDate closedOn;
        private final List<Step> steps = new ArrayList<>();

        void add(StepKind kind, LocalDate on, LocalDate until, Who who, StepResult result, String note,
                 String justification) {
            steps.add(new Step(kind, on, until, who, result, null, null, note, justification));
        }

        /** Application, talk, designation as activist on {@code on} (filed with the 党委) and the mentors. */
        void activist(LocalDate on, boolean lateTalk) {
            activist(on, back(on, 20, 75), lateTalk);
        }

        void activist(LocalDate on, LocalDate talk, boolean lateTalk) {
            activistOn = on;
            applied = lateTalk ? back(talk, 36, 40) : back(talk, 6, 18);
            add(APPLICATION_TALK, talk, null, Who.TALKER, null, "了解入党动机，介绍党的基本知识",
                    lateTalk ? lateTalkReason(applied, talk) : null);
            add(ACTIVIST_DESIGNATION, on, min(workday(on.plusDays(between(3, 10))), lastDay), Who.NOBODY, null,
                    random.nextInt(4) == 0 ? "群团组织推优，支委会研究确定，报上级党委备案" : "党员推荐，支委会研究确定，报上级党委备案",
                    null);
            add(MENTORS, min(workday(on.plusDays(between(0, 5))), lastDay), null, Who.MENTORS, null, null, null);
        }

        /**
         * Assessments every six months (a little early) from {@code from}, each before {@code before}, until the
         * next one is due after {@code dueAfter}; returns the last day assessed.
         */
        LocalDate assessments(LocalDate from, LocalDate before, LocalDate dueAfter) {
            LocalDate last = from;
            while (!last.plusMonths(6).isAfter(dueAfter)) {
                LocalDate next = workday(last.plusMonths(6).minusDays(between(3, 25)));
                if (!next.isBefore(before)) {
                    next = workday(before.minusDays(1));
                }
                if (!next.isAfter(last)) {
                    break;
                }
                add(ASSESSMENT, next, null, Who.NOBODY, null, pick(ASSESSMENTS), null);
                last = next;
            }
            return last;
        }

        LocalDate lastAssessed() {
            return steps.stream().filter(s -> s.kind() == ASSESSMENT).map(Step::on).max(Comparator.naturalOrder())
                    .orElse(activistOn);
        }

        /**
         * Everything up to the listing as a candidate on {@code listed}: an activist a year or more before, assessed
         * every half year, and the 公示 where FZ-08 asks for it; false if the calendar cannot count the 公示.
         */
        boolean listed(LocalDate listed, boolean lateTalk) {
            LocalDate activist = workday(listed.minusYears(1).minusDays(between(0, 60)));
            activist(activist, lateTalk);
            boolean notice = RuleVersion.forApplicationOn(applied) == RuleVersion.FZ2026
                    || !listed.isBefore(RuleVersion.REVISION_2026);
            LocalDate before = listed;
            if (notice) {
                LocalDate until = back(listed, 1, 4);
                LocalDate from = workingDaysBack(until, 5 + random.nextInt(3));
                if (!days.covers(from.getYear()) || !days.covers(until.getYear())) {
                    return false;
                }
                before = from;
                add(PUBLIC_NOTICE, from, until, Who.NOBODY, StepResult.PASSED, "在单位公示栏和内网公示，公示期间未收到反映", null);
            }
            assessments(activist, before, listed);
            add(CANDIDATE_DESIGNATION, listed, null, Who.NOBODY, null, "听取党小组、培养联系人和党员群众意见，支委会讨论并报上级党委同意", null);
            return true;
        }

        /** Sponsors and political review after the listing, then the training if {@code throughTraining}; none after the last day. */
        void afterListing(LocalDate listed, boolean throughTraining) {
            LocalDate sponsors = workday(listed.plusDays(between(0, 7)));
            if (sponsors.isAfter(lastDay)) {
                return;
            }
            add(SPONSORS, sponsors, null, Who.SPONSORS, null, "由培养联系人担任入党介绍人", null);
            LocalDate review = workday(sponsors.plusDays(between(15, 40)));
            if (review.isAfter(lastDay)) {
                return;
            }
            add(POLITICAL_REVIEW, review, null, Who.NOBODY, StepResult.PASSED, "函调本人及直系亲属情况，形成政治审查结论性材料", null);
            if (throughTraining) {
                LocalDate from = workday(review.plusDays(between(5, 20)));
                training(from, days.nthWorkingDay(from, 3));
            }
        }

        void training(LocalDate from, LocalDate until) {
            steps.add(new Step(TRAINING, from, until, Who.NOBODY, null, 3, 24, "参加机关工委发展对象集中培训班，考试合格", null));
        }

        /** Everything up to the branch assembly on {@code assembly} that admits the candidate (after 预审 and training). */
        boolean admitted(LocalDate assembly, boolean lateTalk) {
            LocalDate preReview = back(assembly, 7, 18);
            LocalDate trainingUntil = back(preReview, 5, 15);
            LocalDate trainingFrom = workingDaysBack(trainingUntil, 3);
            LocalDate review = back(trainingFrom, 10, 30);
            LocalDate sponsors = back(review, 10, 30);
            LocalDate listed = back(sponsors, 0, 6);
            if (!listed(listed, lateTalk)) {
                return false;
            }
            add(SPONSORS, sponsors, null, Who.SPONSORS, null, "由培养联系人担任入党介绍人", null);
            add(POLITICAL_REVIEW, review, null, Who.NOBODY, StepResult.PASSED, "函调本人及直系亲属情况，形成政治审查结论性材料", null);
            training(trainingFrom, trainingUntil);
            add(PRE_REVIEW, preReview, null, Who.NOBODY, StepResult.PASSED, "预审合格，发放《中国共产党入党志愿书》", null);
            add(ADMISSION_ASSEMBLY, assembly, null, Who.NOBODY, null, null, null);
            return true;
        }

        /** The 党委's talk and approval, then the oath; the approval beyond three months if {@code late}. */
        void approved(LocalDate assembly, boolean late) {
            LocalDate talk = workday(assembly.plusDays(between(5, 20)));
            LocalDate approval = late ? workday(assembly.plusMonths(3).plusDays(between(12, 40)))
                    : workday(talk.plusDays(between(10, 40)));
            add(APPROVAL_TALK, talk, null, Who.PARTY_COMMITTEE, null, "审批前谈话，了解入党动机和对党的认识", null);
            add(ADMISSION_APPROVAL, approval, null, Who.NOBODY, StepResult.PASSED, "党委会集体讨论，逐个表决，批准接收为预备党员",
                    late ? "上级党委换届，党委会延期召开，审批相应推迟" : null);
            add(OATH, workday(approval.plusDays(between(3, 25))), null, Who.NOBODY, null, "面向党旗进行入党宣誓", null);
        }

        /** The 转正: application before probation ends, the assembly soon after it, the 党委's approval. */
        void confirmed(LocalDate assembly) {
            LocalDate end = assembly.plusYears(1);
            add(CONFIRMATION_APPLICATION, back(end, 3, 20), null, Who.NOBODY, null, "本人提交书面转正申请", null);
            LocalDate discussed = workday(onOrAfter(end).plusDays(between(0, 25)));
            add(CONFIRMATION_ASSEMBLY, discussed, null, Who.NOBODY, StepResult.CONFIRM, null, null);
            add(CONFIRMATION_APPROVAL, workday(discussed.plusDays(between(10, 45))), null, Who.NOBODY, StepResult.CONFIRM,
                    "党委会讨论，批准按期转正", null);
        }

        CasePlan build(Story story) {
            List<Step> ordered = new ArrayList<>(steps);
            ordered.sort(Comparator.comparing(Step::on).thenComparing(s -> s.kind().ordinal()));
            StepKind previous = APPLICATION;
            LocalDate latest = applied;
            for (Step s : ordered) {
                if (s.on().isBefore(applied) || s.on().isAfter(lastDay) || s.until() != null && s.until().isAfter(today)
                        || !days.isWorkingDay(s.on())) {
                    throw new IllegalStateException(story + ": " + s.kind() + " on " + s.on() + " outside " + applied
                            + ".." + lastDay + " or not a working day");
                }
                if (s.kind() != ASSESSMENT && s.kind().ordinal() <= previous.ordinal() && !s.kind().repeatable()) {
                    throw new IllegalStateException(story + ": " + s.kind() + " on " + s.on() + " comes before " + previous);
                }
                if (s.kind() != ASSESSMENT) {
                    previous = s.kind();
                }
                latest = s.on();
            }
            if (closedOn != null && closedOn.isBefore(latest)) {
                throw new IllegalStateException(story + ": closed on " + closedOn + " before its last step " + latest);
            }
            return new CasePlan(story, applied, List.copyOf(ordered), closedOn, closedOn == null ? null : WITHDRAWN_REASON);
        }
    }

    /** Why the talk came more than a month after the application: the holiday in between, or a plausible absence. */
    private String lateTalkReason(LocalDate applied, LocalDate talk) {
        int run = 0;
        for (LocalDate d = applied; d.isBefore(talk); d = d.plusDays(1)) {
            run = days.isWorkingDay(d) ? 0 : run + 1;
            if (run >= 5 && d.getMonthValue() <= 3) {
                return "春节假期后谈话（申请人春节期间返乡）";
            }
            if (run >= 5 && d.getMonthValue() == 10) {
                return "国庆假期后谈话，申请人节前节后连续出差";
            }
        }
        return pick(LATE_TALK);
    }

    /**
     * The last day of the latest 春节 holiday (seven or more days off in a row, starting in January or February) that
     * ends between {@code from} and {@code to}, if the calendar has one.
     */
    private Optional<LocalDate> springFestivalEnd(LocalDate from, LocalDate to) {
        LocalDate found = null;
        LocalDate runStart = null;
        for (LocalDate d = from; !d.isAfter(to.plusDays(1)); d = d.plusDays(1)) {
            if (!days.isWorkingDay(d)) {
                runStart = runStart == null ? d : runStart;
                continue;
            }
            if (runStart != null && ChronoUnit.DAYS.between(runStart, d) >= 7 && runStart.getMonthValue() <= 2
                    && !d.minusDays(1).isAfter(to)) {
                found = d.minusDays(1);
            }
            runStart = null;
        }
        return Optional.ofNullable(found);
    }

    /** The working day on or before {@code d}. */
    private LocalDate workday(LocalDate d) {
        LocalDate day = d;
        while (!days.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private LocalDate onOrAfter(LocalDate d) {
        LocalDate day = d;
        while (!days.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** A working day {@code min} to {@code max} days (and any holiday) before {@code from}. */
    private LocalDate back(LocalDate from, int min, int max) {
        return workday(from.minusDays(between(min, max)));
    }

    /** The day a span ending on working day {@code until} starts, when it lasts {@code n} working days. */
    private LocalDate workingDaysBack(LocalDate until, int n) {
        LocalDate day = until;
        int seen = days.isWorkingDay(day) ? 1 : 0;
        while (seen < n) {
            day = day.minusDays(1);
            if (days.isWorkingDay(day)) {
                seen++;
            }
        }
        return day;
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private String pick(List<String> texts) {
        return texts.get(random.nextInt(texts.size()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
