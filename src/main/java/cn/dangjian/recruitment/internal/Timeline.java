package cn.dangjian.recruitment.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.dangjian.calendar.WorkingDays;
import cn.dangjian.recruitment.CaseStep;
import cn.dangjian.recruitment.Deadline;
import cn.dangjian.recruitment.Problem;
import cn.dangjian.recruitment.RecordStep;
import cn.dangjian.recruitment.RuleVersion;
import cn.dangjian.recruitment.Stage;
import cn.dangjian.recruitment.StepKind;
import cn.dangjian.recruitment.StepResult;

import static cn.dangjian.recruitment.StepKind.*;

/**
 * The order and time windows of the 《发展党员工作细则》 over one case's recorded steps: a pure function of the
 * rule version, the applicant's birth date, the steps so far and the working-day calendar. It says which stage
 * the case is in, what is wrong with a step about to be recorded ({@link #check}, by {@link StepWindows}) and
 * what is due next ({@link #deadlines}). Windows in months are calendar months (2026-01-31 + 1 month = 2026-02-28); "within" a
 * window includes its last day.
 */
public final class Timeline {

    private final RuleVersion version;
    private final LocalDate birthDate;
    private final List<CaseStep> steps;

    public Timeline(RuleVersion version, LocalDate birthDate, List<CaseStep> steps) {
        this.version = version;
        this.birthDate = birthDate;
        this.steps = List.copyOf(steps);
    }

    /** The stage the recorded steps put the case in. */
    public Stage stage() {
        Stage stage = Stage.APPLICANT;
        for (CaseStep s : steps) {
            if (s.result() == StepResult.NOT_PASSED && (s.kind() == ADMISSION_APPROVAL || s.kind() == ADMISSION_ASSEMBLY)) {
                return Stage.CLOSED;
            }
            if (s.kind() == CONFIRMATION_APPROVAL && s.result() == StepResult.CANCEL) {
                return Stage.CLOSED;
            }
            if (s.kind() == CONFIRMATION_APPROVAL && s.result() != StepResult.CONFIRM) {
                continue;
            }
            if (s.kind().advancesTo() != null && s.favourable()) {
                stage = s.kind().advancesTo();
            }
        }
        return stage;
    }

    /** The last recorded step of any kind. */
    public Optional<CaseStep> lastStep() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    /** The last recorded step of this kind. */
    public Optional<CaseStep> last(StepKind kind) {
        CaseStep found = null;
        for (CaseStep s : steps) {
            if (s.kind() == kind) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    boolean passed(StepKind kind) {
        return last(kind).map(CaseStep::favourable).orElse(false);
    }

    /** FZ-21: probation starts on the day the branch assembly passed the resolution (not the 党委's approval). */
    public Optional<LocalDate> probationStart() {
        return last(ADMISSION_ASSEMBLY).filter(CaseStep::favourable).map(CaseStep::on);
    }

    /**
     * The day the member becomes full if confirmed (党龄 counts from it, FZ-24): one year after the assembly
     * (FZ-21), plus any extension approved (FZ-22). A postponement of the discussion (FZ-25) does not move it.
     */
    public Optional<LocalDate> fullFrom() {
        return probationStart().map(start -> {
            LocalDate end = start.plusYears(1);
            for (CaseStep s : steps) {
                if (s.kind() == CONFIRMATION_APPROVAL && s.result() == StepResult.EXTEND && s.months() != null) {
                    end = end.plusMonths(s.months());
                }
            }
            return end;
        });
    }

    boolean extended() {
        return steps.stream().anyMatch(s -> s.kind() == CONFIRMATION_APPROVAL && s.result() == StepResult.EXTEND);
    }

    /** The confirmation round in progress: steps recorded after the last 转正 approval (an extension starts a new one). */
    private List<CaseStep> currentRound() {
        int from = 0;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).kind() == CONFIRMATION_APPROVAL) {
                from = i + 1;
            }
        }
        return steps.subList(from, steps.size());
    }

    Optional<CaseStep> inRound(StepKind kind) {
        CaseStep found = null;
        for (CaseStep s : currentRound()) {
            if (s.kind() == kind) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The steps whose order allows them to be recorded on {@code day} (their windows are checked when they are). */
    public List<StepKind> nextSteps(LocalDate day) {
        List<StepKind> next = new ArrayList<>();
        for (StepKind kind : StepKind.values()) {
            if (kind != APPLICATION && order(kind, day).isEmpty()) {
                next.add(kind);
            }
        }
        return next;
    }

    /** Why {@code kind} cannot be recorded on {@code day}: stage, repetition and the steps it needs first. */
    public List<Problem> order(StepKind kind, LocalDate day) {
        List<Problem> problems = new ArrayList<>();
        Stage stage = stage();
        if (!stage.open()) {
            problems.add(hard("kind", kind, "本案已" + (stage == Stage.FULL ? "转为正式党员" : "终止") + "，不能再记录环节"));
            return problems;
        }
        if (kind == APPLICATION) {
            if (!steps.isEmpty()) {
                problems.add(hard("kind", kind, "入党申请已登记"));
            }
            return problems;
        }
        if (!kind.repeatable() && last(kind).isPresent()) {
            problems.add(hard("kind", kind, "“" + kind.label() + "”已记录，不能重复记录"));
            return problems;
        }
        boolean candidateAssessed = kind == ASSESSMENT && stage == Stage.CANDIDATE && last(PRE_REVIEW).isEmpty();
        if (kind.stage() != stage && !candidateAssessed) {
            problems.add(hard("kind", kind, "本案当前处于“" + stage.label() + "”阶段，不能记录“" + kind.label() + "”"));
            return problems;
        }
        switch (kind) {
            case ACTIVIST_DESIGNATION -> require(problems, kind, APPLICATION_TALK);
            case CANDIDATE_DESIGNATION -> {
                require(problems, kind, MENTORS);
                if (noticeRequired(day)) {
                    Optional<CaseStep> notice = last(PUBLIC_NOTICE);
                    if (notice.isEmpty()) {
                        problems.add(hard("kind", PUBLIC_NOTICE, "确定发展对象前应进行不少于5个工作日的公示"));
                    } else if (!notice.get().favourable()) {
                        problems.add(hard("kind", PUBLIC_NOTICE, "公示中反映的问题影响发展，不能列为发展对象"));
                    }
                }
            }
            case PRE_REVIEW -> {
                require(problems, kind, SPONSORS);
                if (!passed(POLITICAL_REVIEW)) {
                    problems.add(hard("kind", POLITICAL_REVIEW, "未经政治审查或政治审查不合格的，不能发展入党"));
                }
                if (last(PRE_REVIEW).isPresent()) {
                    problems.add(hard("kind", kind, "预审已记录"));
                }
            }
            case ADMISSION_ASSEMBLY -> {
                if (!passed(PRE_REVIEW)) {
                    problems.add(hard("kind", PRE_REVIEW, "须经上级党委预审合格后，才能提交支部党员大会讨论"));
                }
            }
            case APPROVAL_TALK -> {
                if (!passed(ADMISSION_ASSEMBLY)) {
                    problems.add(hard("kind", ADMISSION_ASSEMBLY, "支部党员大会通过接收后，上级党委才派人谈话"));
                }
            }
            case ADMISSION_APPROVAL -> {
                if (!passed(ADMISSION_ASSEMBLY)) {
                    problems.add(hard("kind", ADMISSION_ASSEMBLY, "须经支部党员大会讨论通过后才能报上级党委审批"));
                } else if (last(APPROVAL_TALK).isEmpty()) {
                    problems.add(hard("kind", APPROVAL_TALK, "上级党委审批前，应指派党委委员或组织员同发展对象谈话"));
                }
            }
            case TRANSFER_POSTPONEMENT -> {
                if (inRound(CONFIRMATION_ASSEMBLY).isPresent()) {
                    problems.add(hard("kind", kind, "已讨论转正，不能再推迟"));
                }
            }
            case CONFIRMATION_APPLICATION -> {
                if (inRound(CONFIRMATION_APPLICATION).isPresent()) {
                    problems.add(hard("kind", kind, "本轮转正申请已记录"));
                }
            }
            case CONFIRMATION_ASSEMBLY -> {
                if (inRound(CONFIRMATION_APPLICATION).isEmpty()) {
                    problems.add(hard("kind", CONFIRMATION_APPLICATION, "预备党员须本人提出书面转正申请后，支部才能讨论转正"));
                } else if (inRound(CONFIRMATION_ASSEMBLY).isPresent()) {
                    problems.add(hard("kind", kind, "本轮转正已经支部党员大会讨论"));
                }
            }
            case CONFIRMATION_APPROVAL -> {
                if (inRound(CONFIRMATION_ASSEMBLY).filter(CaseStep::favourable).isEmpty()) {
                    problems.add(hard("kind", CONFIRMATION_ASSEMBLY, "转正、延长预备期或取消预备党员资格，须先经支部党员大会讨论通过"));
                }
            }
            default -> {
            }
        }
        return problems;
    }

    /** Everything wrong with recording {@code step} now; empty when it may be recorded as it is. */
    public List<Problem> check(RecordStep step, LocalDate today, WorkingDays calendar) {
        return new StepWindows(this, calendar).check(step, today);
    }

    /**
     * FZ-08's 公示 is a safeguard at the moment of listing, so it is required for every candidate listed from the
     * day the 2026 revision took effect, whichever 细则 the case was opened under; the windows that run from an
     * earlier step (FZ-13, FZ-20) follow the case's own version.
     */
    boolean noticeRequired(LocalDate listedOn) {
        return version == RuleVersion.FZ2026 || !listedOn.isBefore(RuleVersion.REVISION_2026);
    }

    private void require(List<Problem> problems, StepKind kind, StepKind before) {
        if (last(before).isEmpty()) {
            problems.add(hard("kind", before, "请先记录“" + before.label() + "”，再记录“" + kind.label() + "”"));
        }
    }

    static Problem hard(String field, StepKind kind, String message) {
        return new Problem(kind == null ? null : kind.ruleId(), field, cite(kind, message), false);
    }

    static Problem waivable(String field, StepKind kind, String message) {
        return new Problem(kind.ruleId(), field, cite(kind, message), true);
    }

    private static String cite(StepKind kind, String message) {
        return kind == null ? message : message + "（" + kind.citation() + "）";
    }

    /**
     * What the case waits for next, with the day it is due: the talk within a month of the application (FZ-03),
     * an assessment every six months (FZ-06), the assembly within a month of 预审 (FZ-13, 2026), approval within
     * three and never beyond six months (FZ-19), the oath within a month (FZ-20, 2026), the 转正 discussion when
     * probation ends plus {@code confirmationGraceDays} (FZ-22 says only "promptly") and any postponement
     * (FZ-25), and the 转正 approval within three months (FZ-24).
     */
    public List<Deadline> deadlines(LocalDate today, int confirmationGraceDays) {
        List<Deadline> due = new ArrayList<>();
        Stage stage = stage();
        if (!stage.open()) {
            return due;
        }
        switch (stage) {
            case APPLICANT -> {
                LocalDate applied = last(APPLICATION).map(CaseStep::on).orElse(null);
                if (applied != null && last(APPLICATION_TALK).isEmpty()) {
                    due.add(new Deadline(APPLICATION_TALK, "FZ-03", applied.plusMonths(1), null,
                            "收到入党申请书后一个月内派人谈话"));
                }
            }
            case ACTIVIST -> due.add(nextAssessment());
            case CANDIDATE -> {
                Optional<CaseStep> review = last(PRE_REVIEW).filter(CaseStep::favourable);
                Optional<CaseStep> assembly = last(ADMISSION_ASSEMBLY);
                if (assembly.isPresent()) {
                    LocalDate resolved = assembly.get().on();
                    due.add(new Deadline(ADMISSION_APPROVAL, "FZ-19", resolved.plusMonths(3), resolved.plusMonths(6),
                            "支部党员大会决议后三个月内由上级党委审批，最长不超过六个月"));
                } else if (review.isPresent() && version == RuleVersion.FZ2026) {
                    due.add(new Deadline(ADMISSION_ASSEMBLY, "FZ-13", review.get().on().plusMonths(1), null,
                            "预审合格后一个月内提交支部党员大会讨论"));
                } else if (review.isEmpty()) {
                    due.add(nextAssessment());
                }
            }
            case PROBATIONARY -> {
                LocalDate approved = last(ADMISSION_APPROVAL).orElseThrow().on();
                if (version == RuleVersion.FZ2026 && last(OATH).isEmpty()) {
                    due.add(new Deadline(OATH, "FZ-20", approved.plusMonths(1), null, "党委审批后一个月内进行入党宣誓"));
                }
                Optional<CaseStep> assembly = inRound(CONFIRMATION_ASSEMBLY);
                if (assembly.isPresent()) {
                    due.add(new Deadline(CONFIRMATION_APPROVAL, "FZ-24", assembly.get().on().plusMonths(3), null,
                            "支部党员大会讨论转正后三个月内由上级党委审批"));
                } else {
                    int postponed = steps.stream().filter(s -> s.kind() == TRANSFER_POSTPONEMENT && s.months() != null)
                            .mapToInt(CaseStep::months).sum();
                    LocalDate end = fullFrom().orElseThrow();
                    due.add(new Deadline(CONFIRMATION_ASSEMBLY, postponed > 0 ? "FZ-25" : "FZ-22",
                            end.plusMonths(postponed).plusDays(confirmationGraceDays), null,
                            "预备期于" + end.minusDays(1) + "届满" + (postponed > 0 ? "，转入后推迟" + postponed + "个月" : "")
                                    + "，应及时讨论转正"));
                }
            }
            default -> {
            }
        }
        return due;
    }

    /**
     * The step the case waits for on its main line, whether or not a time limit runs: for a candidate, the branch's
     * own steps, then the 党委's 预审, the assembly, the 党委's talk and approval. Lists show it as "下一环节", and a
     * case waiting for a 党委 step is on that 党委's desk.
     */
    public Optional<StepKind> awaiting(LocalDate today, int confirmationGraceDays) {
        if (stage() == Stage.CANDIDATE) {
            for (StepKind kind : List.of(SPONSORS, POLITICAL_REVIEW, TRAINING, PRE_REVIEW, ADMISSION_ASSEMBLY,
                    APPROVAL_TALK, ADMISSION_APPROVAL)) {
                if (last(kind).isEmpty()) {
                    return Optional.of(kind);
                }
            }
        }
        return deadlines(today, confirmationGraceDays).stream().min(java.util.Comparator.comparing(Deadline::dueOn))
                .map(Deadline::step);
    }

    private Deadline nextAssessment() {
        LocalDate from = last(ACTIVIST_DESIGNATION).orElseThrow().on();
        LocalDate lastAssessed = last(ASSESSMENT).map(CaseStep::on).filter(d -> d.isAfter(from)).orElse(from);
        return new Deadline(ASSESSMENT, "FZ-06", lastAssessed.plusMonths(6), null, "入党积极分子每半年考察一次");
    }

    /** FZ-01: the applicant's age in whole years on {@code day}. */
    public static int age(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** The recorded steps, in order. */
    List<CaseStep> steps() {
        return steps;
    }

    public RuleVersion version() {
        return version;
    }

    public LocalDate birthDate() {
        return birthDate;
    }
}
