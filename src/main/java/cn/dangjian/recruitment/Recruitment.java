package cn.dangjian.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.dangjian.calendar.WorkCalendar;
import cn.dangjian.member.MemberForm;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.MemberView;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.member.Members;
import cn.dangjian.member.MembershipStatus;
import cn.dangjian.member.PersonalData;
import cn.dangjian.member.RosterEntry;
import cn.dangjian.member.StatusChange;
import cn.dangjian.member.StatusChangeType;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.Units;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.recruitment.internal.ApprovingBodies;
import cn.dangjian.recruitment.internal.CaseAccess;
import cn.dangjian.recruitment.internal.CaseInput;
import cn.dangjian.recruitment.internal.CaseStore;
import cn.dangjian.recruitment.internal.OneOpenCasePerPerson;
import cn.dangjian.recruitment.internal.RecruitmentParameters;
import cn.dangjian.recruitment.internal.Timeline;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.CitizenId;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.DateKind;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.SortOrder;
import cn.dangjian.shared.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static cn.dangjian.shared.Texts.blankToNull;

/**
 * 发展党员 cases one at a time: opening one when an application is received, reading it, recording each step
 * with its checks (and what a step does to the member record), and ending it. The branch assembly's vote is
 * {@link RecruitmentAssemblies}; views over many cases are {@link RecruitmentPipeline}.
 */
@Service
@Transactional(readOnly = true)
public class Recruitment {

    private final CaseStore store;
    private final CaseAccess access;
    private final OneOpenCasePerPerson onePerPerson;
    private final ApprovingBodies approving;
    private final OrgUnits orgs;
    private final Units units;
    private final Members members;
    private final MemberQueries memberQueries;
    private final PersonalData personal;
    private final WorkCalendar calendar;
    private final RuleParameters parameters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Recruitment(CaseStore store, CaseAccess access, OneOpenCasePerPerson onePerPerson, ApprovingBodies approving,
                OrgUnits orgs, Units units, Members members, MemberQueries memberQueries, PersonalData personal,
                WorkCalendar calendar, RuleParameters parameters, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.onePerPerson = onePerPerson;
        this.approving = approving;
        this.orgs = orgs;
        this.units = units;
        this.members = members;
        this.memberQueries = memberQueries;
        this.personal = personal;
        this.calendar = calendar;
        this.parameters = parameters;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a case on receipt of an application (FZ-01: the applicant is at least 18); a person has one open case
     * at a time (a second application, even a concurrent one, is refused with 409).
     */
    @Transactional
    public long open(AccessScope scope, OpenCase cmd) {
        scope.require(Permission.RECRUITMENT_RECORD);
        OrgUnitRef org = orgs.refInScope(scope, cmd.orgId());
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        OpenCase typed = CaseInput.application(cmd, problems);
        String name = typed.name();
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
        if (!org.type().holdsMembers() || !org.active()) {
            throw new InvalidInputException("orgId", "党组织", "应为接收入党申请的党支部（或党总支、机关党委）");
        }
        String person = onePerPerson.keyOf(id);
        onePerPerson.refuseSecond(scope, person);
        RuleVersion version = RuleVersion.forApplicationOn(cmd.appliedOn());
        CaseStore.StoredCase stored = new CaseStore.StoredCase(0, org.id(), org.path(), approving.of(org).id(), name, id.gender(),
                cmd.ethnicity(), id.birthDate(), personal.seal(id.value()), cmd.education(), cmd.unitId(),
                typed.position(), personal.seal(typed.phone()), version, Stage.APPLICANT,
                cmd.appliedOn(), false, null, null, null, null, null, null, 0);
        long caseId = store.insert(stored, person, scope.username());
        CaseStep application = new CaseStep(0, StepKind.APPLICATION, cmd.appliedOn(), null, List.of(), null, null,
                null, null, null, null, null, typed.note(), null, List.of(), scope.username(), null);
        store.insertStep(caseId, application);
        access.refreshState(caseId, null);
        events.publishEvent(new RecruitmentStepRecorded(scope.username(), caseId, org.id(), StepKind.APPLICATION,
                Stage.APPLICANT, List.of(new FieldChange("入党申请人", null, name),
                new FieldChange("申请日期", null, cmd.appliedOn().toString()),
                new FieldChange("适用规定", null, version.label()))));
        return caseId;
    }

    public CaseView get(AccessScope scope, long caseId) {
        scope.require(Permission.RECRUITMENT_VIEW);
        CaseStore.StoredCase c = access.inScope(scope, caseId);
        return view(scope, c, store.steps(caseId));
    }

    public PageResult<CaseRow> list(AccessScope scope, CaseQuery query, PageRequest page) {
        return list(scope, query, page, null);
    }

    /** One page of the cases in the order asked for (null: next deadline first); unknown columns are refused. */
    public PageResult<CaseRow> list(AccessScope scope, CaseQuery query, PageRequest page, SortOrder sort) {
        scope.require(Permission.RECRUITMENT_VIEW);
        LocalDate today = LocalDate.now(clock);
        String subtree = query.orgId() == null ? null : orgs.refInScope(scope, query.orgId()).path();
        Long approverId = query.awaitingApprovalBy() == null ? null
                : orgs.refInScope(scope, query.awaitingApprovalBy()).id();
        CaseStore.Filter filter = new CaseStore.Filter(scope.orgClause("c.org_id", "c.org_path"), subtree,
                query.stage(), blankToNull(query.name()), query.overdueOnly() ? today : null,
                approverId == null ? null : CaseAccess.APPROVAL_KINDS, approverId, query.appliedFrom(),
                query.appliedTo());
        List<CaseStore.StoredCase> rows = store.page(filter, page, sort);
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
    public long record(AccessScope scope, long caseId, RecordStep typed) {
        scope.require(Permission.RECRUITMENT_RECORD);
        CaseStore.StoredCase c = access.lockInScope(scope, caseId);
        RecordStep step = CaseInput.step(typed);
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
        String justification = step.justification();
        List<String> waived = CaseAccess.waivers(problems, justification);
        CaseStep recorded = new CaseStep(0, step.kind(), step.on(), step.until(), people, step.otherPerson(),
                step.days(), step.hours(), step.months(), step.result(), null, null, step.note(),
                waived.isEmpty() ? null : justification, waived, scope.username(), null);
        long stepId = store.insertStep(caseId, recorded);
        Long memberId = afterStep(scope, c, timeline, recorded);
        Stage stage = access.refreshState(caseId, memberId);
        events.publishEvent(new RecruitmentStepRecorded(scope.username(), caseId, c.orgId(), step.kind(), stage,
                CaseAccess.changes(recorded)));
        return stepId;
    }

    /** Ends a case that will not go on (the applicant withdraws, leaves the unit, no longer qualifies). */
    @Transactional
    public void close(AccessScope scope, long caseId, LocalDate on, String reason) {
        scope.require(Permission.RECRUITMENT_RECORD);
        CaseStore.StoredCase c = access.lockInScope(scope, caseId);
        List<FieldProblem> problems = new ArrayList<>();
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("on", "终止日期", on == null ? "不能为空" : "不能晚于今天"));
        }
        DateKind.PARTY_EVENT.check("on", "终止日期", on, problems);
        String why = TextKind.LONG_TEXT.required("reason", "终止原因", reason, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (c.stage() == Stage.PROBATIONARY) {
            throw new ConflictException("预备党员不能直接终止：取消预备党员资格须经支部党员大会讨论和上级党委批准（FZ-22）");
        }
        store.updateState(caseId, Stage.CLOSED, null, null, null, null, on, why);
        events.publishEvent(new RecruitmentStepRecorded(scope.username(), caseId, c.orgId(), null, Stage.CLOSED,
                List.of(new FieldChange("状态", c.stage().label(), "已终止"), new FieldChange("终止原因", null, why))));
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
        memberQueries.rosterOf(c.orgId()).forEach(r -> roster.put(r.id(), r));
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

    private CaseView view(AccessScope scope, CaseStore.StoredCase c, List<CaseStep> steps) {
        OrgUnitRef org = orgs.ref(c.orgId()).orElseThrow();
        OrgUnitRef approver = orgs.ref(c.approvingOrgId()).orElseThrow();
        Timeline t = new Timeline(c.ruleVersion(), c.birthDate(), steps);
        LocalDate today = LocalDate.now(clock);
        int grace = RecruitmentParameters.graceDays(parameters.valuesFor(c.orgPath(), today));
        boolean sensitive = scope.can(Permission.MEMBER_SENSITIVE);
        String citizenId = personal.open(c.citizenIdEnc());
        String phone = personal.open(c.phoneEnc());
        String unitName = c.unitId() == null ? null : units.find(c.unitId()).map(u -> u.name()).orElse(null);
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

    private Map<Long, String> orgNames(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        orgs.refs(ids).forEach(r -> names.put(r.id(), r.name()));
        return names;
    }
}
