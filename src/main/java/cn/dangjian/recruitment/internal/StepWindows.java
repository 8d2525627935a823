package cn.dangjian.recruitment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.dangjian.calendar.WorkingDays;
import cn.dangjian.recruitment.CaseStep;
import cn.dangjian.recruitment.Problem;
import cn.dangjian.recruitment.RecordStep;
import cn.dangjian.recruitment.RuleVersion;
import cn.dangjian.recruitment.StepKind;
import cn.dangjian.recruitment.StepResult;

import static cn.dangjian.recruitment.StepKind.*;
import static cn.dangjian.recruitment.internal.Timeline.hard;
import static cn.dangjian.recruitment.internal.Timeline.waivable;

/**
 * Whether a step about to be recorded fits its case: first the order ({@link Timeline#order}), then the step's
 * own date and window against the 细则 — one month, one year, five working days of 公示 on the official calendar,
 * three and (never beyond) six months, 3 days or 24 学时 of training, 6–12 months of extension once. A window
 * the 细则 lets be exceeded in special cases gives a {@code waivable} problem; anything else is refused.
 */
final class StepWindows {

    private final Timeline timeline;
    private final WorkingDays calendar;

    StepWindows(Timeline timeline, WorkingDays calendar) {
        this.timeline = timeline;
        this.calendar = calendar;
    }

    List<Problem> check(RecordStep step, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        StepKind kind = step.kind();
        if (kind == null) {
            problems.add(hard("kind", null, "请选择环节"));
            return problems;
        }
        if (step.on() == null) {
            problems.add(hard("on", kind, "日期不能为空"));
            return problems;
        }
        problems.addAll(timeline.order(kind, step.on()));
        if (!problems.isEmpty()) {
            return problems;
        }
        if (step.on().isAfter(today)) {
            problems.add(hard("on", kind, "日期不能晚于今天"));
        }
        LocalDate latest = timeline.steps().stream().map(CaseStep::on).max(LocalDate::compareTo).orElse(null);
        if (latest != null && step.on().isBefore(latest) && kind != ASSESSMENT) {
            problems.add(hard("on", kind, "日期不能早于已记录的上一环节（" + latest + "）"));
        }
        switch (kind) {
            case APPLICATION_TALK -> {
                LocalDate applied = timeline.last(APPLICATION).orElseThrow().on();
                LocalDate due = applied.plusMonths(1);
                if (step.on().isAfter(due)) {
                    problems.add(waivable("on", kind, "收到入党申请书后应在一个月内派人谈话（申请日期" + applied + "，应在" + due
                            + "前谈话）"));
                }
                if (step.memberIds().isEmpty()) {
                    problems.add(hard("memberIds", kind, "请选择谈话人"));
                }
            }
            case ACTIVIST_DESIGNATION -> {
                if (step.until() != null && step.until().isBefore(step.on())) {
                    problems.add(hard("until", kind, "备案日期不能早于确定日期"));
                }
            }
            case MENTORS -> {
                if (step.memberIds().isEmpty() || step.memberIds().size() > 2) {
                    problems.add(hard("memberIds", kind, "培养联系人应为1至2名正式党员"));
                }
            }
            case ASSESSMENT -> {
                LocalDate from = timeline.last(ACTIVIST_DESIGNATION).orElseThrow().on();
                if (step.on().isBefore(from)) {
                    problems.add(hard("on", kind, "考察日期不能早于确定为入党积极分子的日期（" + from + "）"));
                }
            }
            case PUBLIC_NOTICE -> checkNotice(step, problems);
            case CANDIDATE_DESIGNATION -> checkCandidate(step, problems);
            case SPONSORS -> {
                if (step.memberIds().size() != 2) {
                    problems.add(hard("memberIds", kind, "入党介绍人应为2名正式党员"));
                }
            }
            case TRAINING -> {
                if (step.until() != null && step.until().isBefore(step.on())) {
                    problems.add(hard("until", kind, "培训结束日期不能早于开始日期"));
                }
                int days = step.days() == null ? 0 : step.days();
                int hours = step.hours() == null ? 0 : step.hours();
                if (days < 0 || hours < 0) {
                    problems.add(hard("days", kind, "培训天数和学时不能为负数"));
                } else if (days < 3 && hours < 24) {
                    problems.add(waivable("days", kind, "集中培训一般不少于3天或24个学时（本次" + days + "天、" + hours + "学时）"));
                }
            }
            case PRE_REVIEW -> {
                if (timeline.last(TRAINING).isEmpty()) {
                    problems.add(waivable("kind", TRAINING, "未经培训的，除个别特殊情况外，不能发展入党"));
                }
            }
            case ADMISSION_ASSEMBLY -> {
                LocalDate reviewed = timeline.last(PRE_REVIEW).orElseThrow().on();
                if (timeline.version() == RuleVersion.FZ2026 && step.on().isAfter(reviewed.plusMonths(1))) {
                    problems.add(waivable("on", kind, "预审合格后应在一个月内提交支部党员大会讨论（预审日期" + reviewed
                            + "，应在" + reviewed.plusMonths(1) + "前）"));
                }
            }
            case ADMISSION_APPROVAL -> checkApproval(step, problems);
            case OATH -> {
                LocalDate approved = timeline.last(ADMISSION_APPROVAL).orElseThrow().on();
                if (timeline.version() == RuleVersion.FZ2026 && step.on().isAfter(approved.plusMonths(1))) {
                    problems.add(waivable("on", kind, "预备党员一般应在党委审批后一个月内进行入党宣誓（审批日期" + approved
                            + "）；集中宣誓的请说明"));
                }
            }
            case TRANSFER_POSTPONEMENT -> {
                int total = step.months() == null ? 0 : step.months();
                for (CaseStep s : timeline.steps()) {
                    if (s.kind() == TRANSFER_POSTPONEMENT && s.months() != null) {
                        total += s.months();
                    }
                }
                if (step.months() == null || step.months() < 1) {
                    problems.add(hard("months", kind, "请填写推迟的月数"));
                } else if (total > 6) {
                    problems.add(hard("months", kind, "转入的预备党员推迟讨论转正合计不能超过6个月（本次后合计" + total + "个月）"));
                }
            }
            case CONFIRMATION_ASSEMBLY -> {
                LocalDate end = timeline.fullFrom().orElseThrow();
                if (step.on().isBefore(end)) {
                    problems.add(hard("on", kind, "预备期至" + end.minusDays(1) + "届满，届满后才能讨论转正"));
                }
                checkConfirmationDecision(step, problems);
            }
            case CONFIRMATION_APPROVAL -> {
                CaseStep assembly = timeline.inRound(CONFIRMATION_ASSEMBLY).orElseThrow();
                LocalDate due = assembly.on().plusMonths(3);
                if (step.on().isAfter(due)) {
                    problems.add(waivable("on", kind, "上级党委应在支部党员大会讨论转正后三个月内审批（应在" + due + "前）"));
                }
                if (step.result() != null && step.result() != assembly.result() && step.result() != StepResult.NOT_PASSED) {
                    problems.add(hard("result", kind, "审批结果应为批准支部党员大会的决议（" + assembly.result().label()
                            + "）或不批准"));
                }
                if (step.result() == StepResult.EXTEND && !java.util.Objects.equals(step.months(), assembly.months())) {
                    problems.add(hard("months", kind, "批准延长的月数应与支部党员大会决议一致（" + assembly.months() + "个月）"));
                }
            }
            default -> {
            }
        }
        if (step.result() == null && needsResult(kind)) {
            problems.add(hard("result", kind, "请选择结果"));
        }
        return problems;
    }


    private static boolean needsResult(StepKind kind) {
        return kind == PUBLIC_NOTICE || kind == POLITICAL_REVIEW || kind == PRE_REVIEW || kind == ADMISSION_APPROVAL
                || kind == CONFIRMATION_ASSEMBLY || kind == CONFIRMATION_APPROVAL;
    }

    private void checkNotice(RecordStep step, List<Problem> problems) {
        if (step.until() == null) {
            problems.add(hard("until", PUBLIC_NOTICE, "请填写公示截止日期"));
            return;
        }
        if (step.until().isBefore(step.on())) {
            problems.add(hard("until", PUBLIC_NOTICE, "公示截止日期不能早于开始日期"));
            return;
        }
        for (int year = step.on().getYear(); year <= step.until().getYear(); year++) {
            if (!calendar.covers(year)) {
                problems.add(hard("until", PUBLIC_NOTICE, year + "年的节假日安排尚未录入，无法核对公示的工作日天数，请先在“节假日安排”中录入"));
                return;
            }
        }
        int workingDays = calendar.count(step.on(), step.until());
        if (workingDays < 5) {
            LocalDate earliest = calendar.nthWorkingDay(step.on(), 5);
            problems.add(hard("until", PUBLIC_NOTICE, "公示期不少于5个工作日（" + step.on() + "至" + step.until() + "只有"
                    + workingDays + "个工作日，最早应至" + earliest + "）"));
        }
    }

    private void checkCandidate(RecordStep step, List<Problem> problems) {
        LocalDate activist = timeline.last(ACTIVIST_DESIGNATION).orElseThrow().on();
        LocalDate year = activist.plusYears(1);
        if (step.on().isBefore(year)) {
            problems.add(hard("on", CANDIDATE_DESIGNATION, "经过一年以上培养教育和考察方可列为发展对象（确定为入党积极分子于" + activist
                    + "，最早" + year + "）"));
        }
        Optional<CaseStep> notice = timeline.last(PUBLIC_NOTICE);
        if (timeline.noticeRequired(step.on()) && notice.isPresent() && notice.get().until() != null
                && step.on().isBefore(notice.get().until())) {
            problems.add(hard("on", CANDIDATE_DESIGNATION, "公示期满（" + notice.get().until() + "）后才能列为发展对象"));
        }
    }

    private void checkApproval(RecordStep step, List<Problem> problems) {
        LocalDate resolved = timeline.last(ADMISSION_ASSEMBLY).orElseThrow().on();
        LocalDate three = resolved.plusMonths(3);
        LocalDate six = resolved.plusMonths(6);
        if (step.on().isAfter(six)) {
            problems.add(hard("on", ADMISSION_APPROVAL, "上级党委审批最长不得超过六个月（支部党员大会决议于" + resolved + "，最迟" + six + "）"));
        } else if (step.on().isAfter(three)) {
            problems.add(waivable("on", ADMISSION_APPROVAL, "上级党委应在支部党员大会决议后三个月内审批（最迟" + three
                    + "）；遇特殊情况可适当延长，须说明理由"));
        }
        if (step.result() != null && step.result() != StepResult.PASSED && step.result() != StepResult.NOT_PASSED) {
            problems.add(hard("result", ADMISSION_APPROVAL, "审批结果应为“通过”（批准）或“未通过”"));
        }
    }

    private void checkConfirmationDecision(RecordStep step, List<Problem> problems) {
        StepResult r = step.result();
        if (r == null || r == StepResult.NOT_PASSED && step.kind() == CONFIRMATION_APPROVAL) {
            return;
        }
        if (r != StepResult.CONFIRM && r != StepResult.EXTEND && r != StepResult.CANCEL) {
            problems.add(hard("result", step.kind(), "转正的结果应为按期转正、延长预备期或取消预备党员资格"));
        } else if (r == StepResult.EXTEND) {
            if (timeline.extended()) {
                problems.add(hard("result", step.kind(), "预备期只能延长一次"));
            }
            if (step.months() == null || step.months() < 6 || step.months() > 12) {
                problems.add(hard("months", step.kind(), "延长预备期的时间不能少于半年，最长不超过一年（6至12个月）"));
            }
        }
    }
}
