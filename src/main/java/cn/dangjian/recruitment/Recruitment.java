package cn.dangjian.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.dangjian.calendar.WorkCalendar;
import cn.dangjian.calendar.WorkingDays;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.MeetingView;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.member.MemberForm;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.MemberView;
import cn.dangjian.member.Members;
import cn.dangjian.member.MembershipStatus;
import cn.dangjian.member.PersonalData;
import cn.dangjian.member.RosterEntry;
import cn.dangjian.member.StatusChange;
import cn.dangjian.member.StatusChangeType;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.recruitment.internal.ApprovingBodies;
import cn.dangjian.recruitment.internal.CaseStore;
import cn.dangjian.recruitment.internal.RecruitmentParameters;
import cn.dangjian.recruitment.internal.Timeline;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.CitizenId;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 发展党员 cases: opening one when an application is received, recording each step with its checks, the branch
 * assembly's secret ballot through organizational life, and the pipeline the higher organizations see.
 */
@Service
@Transactional(readOnly = true)
public class Recruitment {

    static final String NOT_FOUND = "未找到该发展党员记录，或不在您的管理范围内";
    private static final List<String> APPROVAL_KINDS = List.of(StepKind.PRE_REVIEW.name(),
            StepKind.APPROVAL_TALK.name(), StepKind.ADMISSION_APPROVAL.name(), StepKind.CONFIRMATION_APPROVAL.name());

    private final CaseStore store;
    private final ApprovingBodies approving;
    private final OrgUnits orgs;
    private final Members members;
    private final Meetings meetings;
    private final PersonalData personal;
    private final WorkCalendar calendar;
    private final RuleParameters parameters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Recruitment(CaseStore store, ApprovingBodies approving, OrgUnits orgs, Members members, Meetings meetings, PersonalData personal,
                WorkCalendar calendar, RuleParameters parameters, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.approving = approving;
        this.orgs = orgs;
        this.members = members;
        this.meetings = meetings;
        this.personal = personal;
        this.calendar = calendar;
        this.parameters = parameters;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a case on receipt of an application (FZ-01: the applicant is at least 18). */
    @Transactional
    public long open(AccessScope scope, OpenCase cmd) {
        scope.require(Permission.RECRUITMENT_RECORD);
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        String name = blankToNull(cmd.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "姓名", "不能为空"));
        }
        CitizenId id = null;
        String typedId = blankToNull(cmd.citizenId());
        if (typedId == null) {
            problems.add(new FieldProblem("citizenId", "身份证号", "不能为空"));
        } else {
            Optional<String> problem = CitizenId.problemOf(typedId);
            if (problem.isPresent()) {
                problems.add(new FieldProblem("citizenId", "身份证号", problem.get()));
            } else {
                id = CitizenId.parse(typedId);
            }
        }
        if (cmd.ethnicity() == null) {
            problems.add(new FieldProblem("ethnicity", "民族", "请选择民族"));
        }
        if (cmd.appliedOn() == null) {
            problems.add(new FieldProblem("appliedOn", "申请日期", "不能为空"));
        } else if (cmd.appliedOn().isAfter(today)) {
            problems.add(new FieldProblem("appliedOn", "申请日期", "不能晚于今天"));
        } else if (id != null && Timeline.age(id.birthDate(), cmd.appliedOn()) < 18) {
            problems.add(new FieldProblem("appliedOn", "申请日期", "申请入党时应年满十八岁（出生日期" + id.birthDate()
                    + "；FZ-01，《中国共产党发展党员工作细则》第五条）"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OrgUnitRef org = orgs.refInScope(scope, cmd.orgId());
        if (!org.type().holdsMembers() || !org.active()) {
            throw new InvalidInputException("orgId", "党组织", "应为接收入党申请的党支部（或党总支、机关党委）");
        }
        RuleVersion version = RuleVersion.forApplicationOn(cmd.appliedOn());
        CaseStore.StoredCase stored = new CaseStore.StoredCase(0, org.id(), org.path(), approving.of(org).id(), name, id.gender(),
                cmd.ethnicity(), id.birthDate(), personal.seal(id.value()), cmd.education(), cmd.unitId(),
                blankToNull(cmd.position()), personal.seal(blankToNull(cmd.phone())), version, Stage.APPLICANT,
                cmd.appliedOn(), false, null, null, null, null, null, null, 0);
        long caseId = store.insert(stored, scope.username());
        CaseStep application = new CaseStep(0, StepKind.APPLICATION, cmd.appliedOn(), null, List.of(), null, null,
                null, null, null, null, null, blankToNull(cmd.note()), null, List.of(), scope.username(), null);
        store.insertStep(caseId, application);
        refreshState(caseId, null);
        events.publishEvent(new RecruitmentStepRecorded(scope.username(), caseId, org.id(), StepKind.APPLICATION,
                Stage.APPLICANT, List.of(new FieldChange("入党申请人", null, name),
                new FieldChange("申请日期", null, cmd.appliedOn().toString()),
                new FieldChange("适用规定", null, version.label()))));
        return caseId;
    }

    public CaseView get(AccessScope scope, long caseId) {
        scope.require(Permission.RECRUITMENT_VIEW);
        CaseStore.StoredCase c = inScope(scope, caseId);
        return view(scope, c, store.steps(caseId));
    }

    public PageResult<CaseRow> list(AccessScope scope, CaseQuery query, PageRequest page) {
        scope.require(Permission.RECRUITMENT_VIEW);
        LocalDate today = LocalDate.now(clock);
        String subtree = query.orgId() == null ? null : orgs.refInScope(scope, query.orgId()).path();
        Long approverId = query.awaitingApprovalBy() == null ? null
                : orgs.refInScope(scope, query.awaitingApprovalBy()).id();
        CaseStore.Filter filter = new CaseStore.Filter(scope.orgClause("c.org_id", "c.org_path"), subtree,
                query.stage(), blankToNull(query.name()), query.overdueOnly() ? today : null,
                approverId == null ? null : APPROVAL_KINDS, approverId);
        List<CaseStore.StoredCase> rows = store.page(filter, page);
        Map<Long, String> names = orgNames(rows.stream().map(CaseStore.StoredCase::orgId).distinct().toList());
        List<CaseRow> items = rows.stream().map(c -> new CaseRow(c.id(), c.orgId(), names.get(c.orgId()), c.name(),
                c.gender(), c.stage(), c.ruleVersion(), c.appliedOn(), c.nextStep(), c.nextDue(), c.dueStep(),
                c.nextDue() != null && c.nextDue().isBefore(today))).toList();
        return new PageResult<>(items, store.count(filter), page.page(), page.size());
    }

    /**
     * Records one step, after checking its order and time window against the case's 细则 (see {@link Timeline}).
     * A problem the rules let be exceeded is accepted only with a justification; any other is refused.
     */
    @Transactional
    public long record(AccessScope scope, long caseId, RecordStep step) {
        scope.require(Permission.RECRUITMENT_RECORD);
        CaseStore.StoredCase c = lockInScope(scope, caseId);
        if (step.kind() != null && step.kind().assembly()) {
            throw new InvalidInputException("kind", "环节", "支部党员大会的表决请通过“召开支部党员大会”记录（一人一票、无记名投票）");
        }
        if (step.kind() == StepKind.APPLICATION) {
            throw new InvalidInputException("kind", "环节", "入党申请已在建档时登记");
        }
        if (step.kind() == StepKind.TRANSFER_POSTPONEMENT && !c.transferredIn()) {
            throw new InvalidInputException("kind", "环节", "只有从其他党组织转入的预备党员，接收的党组织才可推迟讨论其转正（"
                    + StepKind.TRANSFER_POSTPONEMENT.citation() + "）");
        }
        OrgUnitRef approver = orgs.ref(c.approvingOrgId()).orElseThrow();
        if (step.kind() != null && step.kind().byApprovingBody()) {
            requireApprover(scope, approver, step.kind());
        }
        List<CaseStep> steps = store.steps(caseId);
        Timeline timeline = new Timeline(c.ruleVersion(), c.birthDate(), steps);
        LocalDate today = LocalDate.now(clock);
        List<Problem> problems = new ArrayList<>(timeline.check(step, today, calendar.workingDays()));
        List<CaseStep.Person> people = people(c, step, problems);
        String justification = blankToNull(step.justification());
        List<String> waived = checkWaivers(problems, justification);
        CaseStep recorded = new CaseStep(0, step.kind(), step.on(), step.until(), people, blankToNull(step.otherPerson()),
                step.days(), step.hours(), step.months(), step.result(), null, null, blankToNull(step.note()),
                waived.isEmpty() ? null : justification, waived, scope.username(), null);
        long stepId = store.insertStep(caseId, recorded);
        Long memberId = afterStep(scope, c, timeline, recorded);
        Stage stage = refreshState(caseId, memberId);
        events.publishEvent(new RecruitmentStepRecorded(scope.username(), caseId, c.orgId(), step.kind(), stage,
                changes(recorded)));
        return stepId;
    }

    /**
     * Records a 支部党员大会 that votes on admitting candidates or confirming probationary members: one meeting in
     * organizational life with an agenda item and a secret ballot per person (FZ-14), then each case's step with
     * the outcome computed there (quorum FZ-13, pass threshold and written opinions FZ-14).
     */
    @Transactional
    public long recordAssembly(AccessScope scope, RecordAssembly cmd) {
        return recordAssembly(scope, cmd, null);
    }

    /**
     * The same, entered on {@code recordedOn} rather than today: for loading records kept elsewhere (demo data, a
     * migration), so that the meeting is 补录 only if it was entered late then.
     */
    @Transactional
    public long recordAssemblyAsOf(AccessScope scope, RecordAssembly cmd, LocalDate recordedOn) {
        if (recordedOn == null || recordedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("recordedOn", "录入日期", "不能晚于今天");
        }
        return recordAssembly(scope, cmd, recordedOn);
    }

    private long recordAssembly(AccessScope scope, RecordAssembly cmd, LocalDate recordedOn) {
        scope.require(Permission.RECRUITMENT_RECORD);
        if (cmd.kind() == null || !cmd.kind().assembly()) {
            throw new InvalidInputException("kind", "会议内容", "请选择讨论接收预备党员或讨论预备党员转正");
        }
        OrgUnitRef org = orgs.refInScope(scope, cmd.orgId());
        if (cmd.ballots().isEmpty()) {
            throw new InvalidInputException("ballots", "表决", "请至少为一名同志记录表决结果");
        }
        LocalDate on = cmd.heldAt() == null ? null : cmd.heldAt().toLocalDate();
        LocalDate today = LocalDate.now(clock);
        WorkingDays workingDays = calendar.workingDays();
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, CaseStore.StoredCase> cases = new LinkedHashMap<>();
        Map<Long, Timeline> timelines = new HashMap<>();
        Map<Long, List<String>> waivers = new HashMap<>();
        for (RecordAssembly.Ballot b : cmd.ballots()) {
            CaseStore.StoredCase c = lockInScope(scope, b.caseId());
            if (c.orgId() != org.id()) {
                throw new InvalidInputException("ballots", "表决", c.name() + "不是本支部的发展党员");
            }
            if (cases.put(c.id(), c) != null) {
                throw new InvalidInputException("ballots", "表决", c.name() + "重复表决：每名同志只表决一次");
            }
            Timeline t = new Timeline(c.ruleVersion(), c.birthDate(), store.steps(c.id()));
            timelines.put(c.id(), t);
            StepResult decision = cmd.kind() == StepKind.ADMISSION_ASSEMBLY ? StepResult.PASSED : b.decision();
            RecordStep probe = new RecordStep(cmd.kind(), on, null, List.of(), null, null, null, b.months(), decision,
                    null, b.justification());
            if (cmd.kind() == StepKind.ADMISSION_ASSEMBLY && blankToNull(b.performance()) == null) {
                problems.add(new FieldProblem("ballots", "主要表现（" + c.name() + "）",
                        "决议应写明发展对象的主要表现（FZ-15，《中国共产党发展党员工作细则》第二十一条）"));
            }
            List<Problem> found = new ArrayList<>(t.check(probe, today, workingDays));
            try {
                waivers.put(c.id(), checkWaivers(found, blankToNull(b.justification())));
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(new FieldProblem(p.field(), p.label() + "（" + c.name() + "）",
                        p.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String what = cmd.kind() == StepKind.ADMISSION_ASSEMBLY ? "接收" : "预备党员";
        List<RecordMeeting.AgendaItem> agenda = cmd.ballots().stream().map(b -> {
            CaseStore.StoredCase c = cases.get(b.caseId());
            String title = cmd.kind() == StepKind.ADMISSION_ASSEMBLY ? "讨论接收" + c.name() + "同志为预备党员"
                    : "讨论" + c.name() + "同志" + (b.decision() == null ? "转正" : b.decision() == StepResult.CONFIRM
                    ? "按期转正" : b.decision() == StepResult.EXTEND ? "延长预备期" + b.months() + "个月" : "取消预备党员资格");
            return new RecordMeeting.AgendaItem(title, blankToNull(b.performance()), null, b.vote());
        }).toList();
        String topic = cmd.kind() == StepKind.ADMISSION_ASSEMBLY ? "讨论接收预备党员" : "讨论" + what + "转正";
        RecordMeeting meeting = new RecordMeeting(org.id(), MeetingType.BRANCH_ASSEMBLY, null, topic, null,
                cmd.heldAt(), cmd.place(), cmd.hostMemberId(), cmd.recorderMemberId(), cmd.attendance(), agenda);
        long meetingId = recordedOn == null ? meetings.record(scope, meeting)
                : meetings.recordAsOf(scope, meeting, recordedOn);
        MeetingView held = meetings.get(scope, meetingId);
        for (int i = 0; i < cmd.ballots().size(); i++) {
            RecordAssembly.Ballot b = cmd.ballots().get(i);
            CaseStore.StoredCase c = cases.get(b.caseId());
            MeetingView.AgendaItemView item = held.agenda().get(i);
            boolean passed = item.outcome() != null && item.outcome().passed();
            StepResult result = cmd.kind() == StepKind.ADMISSION_ASSEMBLY
                    ? (passed ? StepResult.PASSED : StepResult.NOT_PASSED)
                    : (passed ? b.decision() : StepResult.NOT_PASSED);
            List<String> waived = waivers.get(c.id());
            CaseStep step = new CaseStep(0, cmd.kind(), on, null, List.of(), null, null, null,
                    result == StepResult.EXTEND ? b.months() : null, result, meetingId, item.outcome().message(),
                    blankToNull(b.performance()), waived.isEmpty() ? null : blankToNull(b.justification()), waived,
                    scope.username(), null);
            store.insertStep(c.id(), step);
            Stage stage = refreshState(c.id(), null);
            events.publishEvent(new RecruitmentStepRecorded(scope.username(), c.id(), c.orgId(), cmd.kind(), stage,
                    changes(step)));
        }
        return meetingId;
    }

    /** Ends a case that will not go on (the applicant withdraws, leaves the unit, no longer qualifies). */
    @Transactional
    public void close(AccessScope scope, long caseId, LocalDate on, String reason) {
        scope.require(Permission.RECRUITMENT_RECORD);
        CaseStore.StoredCase c = lockInScope(scope, caseId);
        List<FieldProblem> problems = new ArrayList<>();
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("on", "终止日期", on == null ? "不能为空" : "不能晚于今天"));
        }
        if (blankToNull(reason) == null) {
            problems.add(new FieldProblem("reason", "终止原因", "不能为空"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (c.stage() == Stage.PROBATIONARY) {
            throw new ConflictException("预备党员不能直接终止：取消预备党员资格须经支部党员大会讨论和上级党委批准（FZ-22）");
        }
        store.updateState(caseId, Stage.CLOSED, null, null, null, null, on, reason.strip());
        events.publishEvent(new RecruitmentStepRecorded(scope.username(), caseId, c.orgId(), null, Stage.CLOSED,
                List.of(new FieldChange("状态", c.stage().label(), "已终止"), new FieldChange("终止原因", null, reason.strip()))));
    }

    /** Cases of this organization ready for a 支部党员大会 of the given kind (admission or 转正). */
    public List<CaseRow> readyForAssembly(AccessScope scope, long orgId, StepKind kind) {
        scope.require(Permission.RECRUITMENT_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        LocalDate today = LocalDate.now(clock);
        List<CaseRow> ready = new ArrayList<>();
        List<CaseStore.StoredCase> open = store.openOf(List.of(org.id()));
        Map<Long, List<CaseStep>> steps = store.steps(open.stream().map(CaseStore.StoredCase::id).toList());
        for (CaseStore.StoredCase c : open) {
            Timeline t = new Timeline(c.ruleVersion(), c.birthDate(), steps.getOrDefault(c.id(), List.of()));
            if (t.nextSteps(today).contains(kind)) {
                ready.add(new CaseRow(c.id(), c.orgId(), org.name(), c.name(), c.gender(), c.stage(), c.ruleVersion(),
                        c.appliedOn(), c.nextStep(), c.nextDue(), c.dueStep(),
                        c.nextDue() != null && c.nextDue().isBefore(today)));
            }
        }
        ready.sort(Comparator.comparing(CaseRow::name));
        return ready;
    }

    /**
     * The pipeline of {@code orgId}'s subtree per direct sub-organization (each with its own subtree rolled up) and
     * the organization itself: open cases per stage, overdue ones, and those waiting for a 党委's step.
     */
    public List<PipelineRow> pipeline(AccessScope scope, long orgId) {
        scope.require(Permission.RECRUITMENT_VIEW);
        OrgUnitRef root = orgs.refInScope(scope, orgId);
        List<CaseStore.StageCount> counts = store.stageCounts(root.path(), LocalDate.now(clock), APPROVAL_KINDS);
        List<OrgUnitRef> children = orgs.children(scope, root.id(), false).stream()
                .map(n -> orgs.ref(n.id()).orElseThrow()).filter(r -> r.type() != OrgType.PARTY_GROUP).toList();
        List<PipelineRow> rows = new ArrayList<>();
        rows.add(pipelineRow(root, counts.stream().filter(k -> k.orgId() == root.id()).toList()));
        for (OrgUnitRef child : children) {
            rows.add(pipelineRow(child, counts.stream().filter(k -> k.orgPath().startsWith(child.path())).toList()));
        }
        return rows;
    }

    /**
     * For the compliance engine: each open case of these organizations with what it waits for, as of
     * {@code today}. Not scoped, like other batch reads: compliance scopes its own views.
     */
    public Map<Long, List<CaseDeadline>> deadlines(Collection<Long> orgIds, LocalDate today) {
        Map<Long, List<CaseDeadline>> result = new HashMap<>();
        List<CaseStore.StoredCase> open = store.openOf(orgIds);
        Map<Long, List<CaseStep>> steps = store.steps(open.stream().map(CaseStore.StoredCase::id).toList());
        RuleParameters.ParameterResolver resolver = parameters.resolver(today);
        for (CaseStore.StoredCase c : open) {
            Timeline t = new Timeline(c.ruleVersion(), c.birthDate(), steps.getOrDefault(c.id(), List.of()));
            int grace = RecruitmentParameters.graceDays(resolver.valuesFor(c.orgPath()));
            for (Deadline d : t.deadlines(today, grace)) {
                result.computeIfAbsent(c.orgId(), k -> new ArrayList<>())
                        .add(new CaseDeadline(c.id(), c.orgId(), c.name(), c.stage(), d));
            }
        }
        return result;
    }

    private PipelineRow pipelineRow(OrgUnitRef org, List<CaseStore.StageCount> counts) {
        int[] byStage = new int[Stage.values().length];
        int overdue = 0;
        int awaiting = 0;
        for (CaseStore.StageCount k : counts) {
            byStage[k.stage().ordinal()] += k.count();
            overdue += k.overdue();
            awaiting += k.awaiting();
        }
        return new PipelineRow(org.id(), org.name(), org.type().isBranch(), byStage[Stage.APPLICANT.ordinal()],
                byStage[Stage.ACTIVIST.ordinal()], byStage[Stage.CANDIDATE.ordinal()],
                byStage[Stage.PROBATIONARY.ordinal()], overdue, awaiting);
    }

    private void requireApprover(AccessScope scope, OrgUnitRef approver, StepKind kind) {
        scope.require(Permission.RECRUITMENT_APPROVE);
        if (!scope.coversOrg(approver.id(), approver.path())) {
            throw new ForbiddenException("“" + kind.label() + "”由" + approver.name()
                    + "办理（FZ-16：只有党委有权审批预备党员，党总支不能审批），您的管理范围不包括该党委");
        }
    }

    /** The people a step names, checked against the branch roster (FZ-05, FZ-09: full members; FZ-09: not under 留党察看). */
    private List<CaseStep.Person> people(CaseStore.StoredCase c, RecordStep step, List<Problem> problems) {
        if (step.memberIds().isEmpty()) {
            return List.of();
        }
        Map<Long, RosterEntry> roster = new HashMap<>();
        members.roster(AccessScope.system(), c.orgId()).forEach(r -> roster.put(r.id(), r));
        List<CaseStep.Person> people = new ArrayList<>();
        String rule = step.kind() == null ? null : step.kind().ruleId();
        if (step.memberIds().stream().distinct().count() < step.memberIds().size()) {
            problems.add(new Problem(step.kind() == null ? null : step.kind().ruleId(), "memberIds", "同一人不能重复选择", false));
        }
        for (Long id : step.memberIds().stream().filter(Objects::nonNull).distinct().toList()) {
            RosterEntry r = roster.get(id);
            if (r == null) {
                problems.add(new Problem(rule, "memberIds", "编号" + id + "的人员不是本支部党员", false));
                continue;
            }
            people.add(new CaseStep.Person(r.id(), r.name()));
            boolean mustBeFull = step.kind() == StepKind.MENTORS || step.kind() == StepKind.SPONSORS;
            if (mustBeFull && r.kind() != MemberKind.FULL) {
                problems.add(new Problem(rule, "memberIds", r.name() + "是预备党员，" + step.kind().label().replace("确定", "")
                        .replace("指定", "") + "应为正式党员（" + step.kind().citation() + "）", false));
            }
            if (step.kind() == StepKind.SPONSORS && r.status() == MembershipStatus.PARTY_PROBATION) {
                problems.add(new Problem(rule, "memberIds", r.name() + "受留党察看处分、尚未恢复党员权利，不能作入党介绍人（"
                        + step.kind().citation() + "）", false));
            }
        }
        return people;
    }

    /** Refuses hard problems; waivable ones need a justification and are returned to be recorded with it. */
    private static List<String> checkWaivers(List<Problem> problems, String justification) {
        List<FieldProblem> refused = new ArrayList<>();
        List<String> waived = new ArrayList<>();
        for (Problem p : problems) {
            if (!p.waivable()) {
                refused.add(new FieldProblem(p.field(), label(p.field()), p.message()));
            } else if (justification == null) {
                refused.add(new FieldProblem("justification", "情况说明", p.message() + "。如确属特殊情况，请填写情况说明，上级党组织可见"));
            } else if (!waived.contains(p.ruleId())) {
                waived.add(p.ruleId());
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        return waived;
    }

    private static String label(String field) {
        return switch (field == null ? "" : field) {
            case "on" -> "日期";
            case "until" -> "截止日期";
            case "memberIds" -> "人员";
            case "days" -> "培训时间";
            case "months" -> "月数";
            case "result" -> "结果";
            default -> "环节";
        };
    }

    /** What a step does outside the case: approval admits a 预备党员 (FZ-21, DF-08); 转正 confirms (FZ-24). */
    private Long afterStep(AccessScope scope, CaseStore.StoredCase c, Timeline before, CaseStep step) {
        if (step.kind() == StepKind.ADMISSION_APPROVAL && step.result() == StepResult.PASSED) {
            LocalDate resolved = before.probationStart().orElseThrow();
            MemberForm form = new MemberForm(c.name(), c.gender(), c.ethnicity(), c.birthDate(),
                    personal.open(c.citizenIdEnc()), null, c.education(), null, null, c.unitId(), c.position(),
                    personal.open(c.phoneEnc()), c.appliedOn(), resolved, null, MemberKind.PROBATIONARY, c.orgId(),
                    null, false, false, false);
            long memberId = members.create(scope, form);
            events.publishEvent(new ProbationaryMemberAdmitted(scope.username(), c.id(), memberId, c.orgId(), resolved,
                    resolved.plusYears(1)));
            return memberId;
        }
        if (step.kind() == StepKind.CONFIRMATION_APPROVAL && c.memberId() != null
                && (step.result() == StepResult.CONFIRM || step.result() == StepResult.CANCEL)) {
            MemberView member = members.get(scope, c.memberId());
            if (step.result() == StepResult.CONFIRM) {
                LocalDate fullFrom = before.fullFrom().orElseThrow();
                members.changeStatus(scope, c.memberId(), new StatusChange(StatusChangeType.CONFIRM, fullFrom,
                        "预备期满，经支部党员大会讨论通过，" + step.on() + "上级党委批准转正", member.version()));
            } else {
                members.changeStatus(scope, c.memberId(), new StatusChange(StatusChangeType.CANCEL_PROBATION, step.on(),
                        "经支部党员大会讨论、上级党委批准，取消预备党员资格", member.version()));
            }
        }
        return null;
    }

    /** Recomputes the stored stage and next deadline from the steps. */
    private Stage refreshState(long caseId, Long memberId) {
        CaseStore.StoredCase c = store.find(caseId).orElseThrow();
        Timeline t = new Timeline(c.ruleVersion(), c.birthDate(), store.steps(caseId));
        LocalDate today = LocalDate.now(clock);
        int grace = RecruitmentParameters.graceDays(parameters.valuesFor(c.orgPath(), today));
        Optional<Deadline> next = t.deadlines(today, grace).stream().min(Comparator.comparing(Deadline::dueOn));
        Stage stage = t.stage();
        CaseStep ending = stage == Stage.CLOSED ? t.lastStep().orElseThrow() : null;
        store.updateState(caseId, stage, t.awaiting(today, grace).orElse(null), next.map(Deadline::dueOn).orElse(null),
                next.map(Deadline::step).orElse(null), memberId, ending == null ? null : ending.on(),
                ending == null ? null : ending.kind().label() + "：" + ending.result().label());
        return stage;
    }

    private CaseView view(AccessScope scope, CaseStore.StoredCase c, List<CaseStep> steps) {
        OrgUnitRef org = orgs.ref(c.orgId()).orElseThrow();
        OrgUnitRef approver = orgs.ref(c.approvingOrgId()).orElseThrow();
        Timeline t = new Timeline(c.ruleVersion(), c.birthDate(), steps);
        LocalDate today = LocalDate.now(clock);
        int grace = RecruitmentParameters.graceDays(parameters.valuesFor(c.orgPath(), today));
        boolean sensitive = scope.can(Permission.MEMBER_SENSITIVE);
        String citizenId = personal.open(c.citizenIdEnc());
        String phone = personal.open(c.phoneEnc());
        String unitName = c.unitId() == null ? null : orgs.unit(c.unitId()).map(u -> u.name()).orElse(null);
        List<StepKind> next = c.stage().open() ? t.nextSteps(today) : List.of();
        return new CaseView(c.id(), c.orgId(), org.name(), c.name(), c.gender(), c.ethnicity(), c.birthDate(),
                sensitive ? citizenId : CitizenId.parse(citizenId).masked(), c.education(), c.unitId(), unitName,
                c.position(), phone == null ? null : sensitive ? phone : maskPhone(phone), c.ruleVersion(), c.stage(),
                c.appliedOn(), c.memberId(), c.closedOn(), c.closedReason(), approver.id(), approver.name(),
                t.probationStart().orElse(null), t.fullFrom().orElse(null), steps,
                c.stage().open() ? t.deadlines(today, grace) : List.of(), next, c.version());
    }

    private static String maskPhone(String phone) {
        return phone.length() < 7 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    private CaseStore.StoredCase inScope(AccessScope scope, long caseId) {
        CaseStore.StoredCase c = store.find(caseId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!scope.coversOrg(c.orgId(), c.orgPath()) && !coversApprovingBody(scope, c)) {
            throw new NotFoundException(NOT_FOUND);
        }
        return c;
    }

    /** The case, locked for a change, refusing one that is no longer open. */
    private CaseStore.StoredCase lockInScope(AccessScope scope, long caseId) {
        inScope(scope, caseId);
        CaseStore.StoredCase c = store.lock(caseId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!c.stage().open()) {
            throw new ConflictException(c.name() + "的发展党员记录已" + (c.stage() == Stage.FULL ? "转为正式党员" : "终止")
                    + "，不能再记录");
        }
        return c;
    }

    private boolean coversApprovingBody(AccessScope scope, CaseStore.StoredCase c) {
        return orgs.ref(c.approvingOrgId()).map(a -> scope.coversOrg(a.id(), a.path())).orElse(false);
    }

    private Map<Long, String> orgNames(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        orgs.refs(ids).forEach(r -> names.put(r.id(), r.name()));
        return names;
    }

    private static List<FieldChange> changes(CaseStep s) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("环节", null, s.kind().label()));
        changes.add(new FieldChange("日期", null, s.on().toString()));
        if (!s.people().isEmpty()) {
            changes.add(new FieldChange("人员", null, s.peopleNames()));
        }
        if (s.result() != null) {
            changes.add(new FieldChange("结果", null, s.result().label()));
        }
        if (s.vote() != null) {
            changes.add(new FieldChange("表决", null, s.vote()));
        }
        if (!s.waivedRules().isEmpty()) {
            changes.add(new FieldChange("情况说明（" + String.join("、", s.waivedRules()) + "）", null, s.justification()));
        }
        return changes;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
