package cn.dangjian.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.calendar.WorkCalendar;
import cn.dangjian.calendar.WorkingDays;
import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.MeetingView;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.recruitment.internal.CaseAccess;
import cn.dangjian.recruitment.internal.CaseStore;
import cn.dangjian.recruitment.internal.Timeline;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Counts;
import cn.dangjian.shared.DateKind;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static cn.dangjian.shared.Texts.blankToNull;

/**
 * The 支部党员大会 that decides on admission (FZ-13..FZ-15) and on 转正 (FZ-22, FZ-23): who is ready for one,
 * and recording it once — as the branch's meeting in organizational life, one secret ballot per person — with
 * each case's assembly step taking the outcome computed there.
 */
@Service
@Transactional(readOnly = true)
public class RecruitmentAssemblies {

    private final CaseStore store;
    private final CaseAccess access;
    private final OrgUnits orgs;
    private final Meetings meetings;
    private final WorkCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecruitmentAssemblies(CaseStore store, CaseAccess access, OrgUnits orgs, Meetings meetings, WorkCalendar calendar,
                          ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.orgs = orgs;
        this.meetings = meetings;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /** Cases of this organization ready for a 支部党员大会 of the given kind (admission or 转正). */
    public List<CaseRow> readyForAssembly(AccessScope scope, long orgId, StepKind kind) {
        scope.require(Permission.RECRUITMENT_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        requireAssemblyKind(kind);
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
        OrgUnitRef org = orgs.refInScope(scope, cmd.orgId());
        requireAssemblyKind(cmd.kind());
        if (cmd.ballots().isEmpty()) {
            throw new InvalidInputException("ballots", "表决", "请至少为一名同志记录表决结果");
        }
        LocalDate on = cmd.heldAt() == null ? null : cmd.heldAt().toLocalDate();
        LocalDate today = LocalDate.now(clock);
        WorkingDays workingDays = calendar.workingDays();
        List<FieldProblem> problems = new ArrayList<>();
        DateKind.PARTY_EVENT.check("heldAt", "会议时间", cmd.heldAt(), problems);
        TextKind.SHORT_TEXT.optional("place", "会议地点", cmd.place(), problems);
        long present = cmd.attendance().stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
        long absent = cmd.attendance().size() - present;
        for (int i = 0; i < cmd.ballots().size(); i++) {
            RecordAssembly.Ballot b = cmd.ballots().get(i);
            String at = "ballots[" + i + "].";
            String who = "第" + (i + 1) + "人的";
            TextKind.LONG_TEXT.optional(at + "performance", who + "主要表现", b.performance(), problems);
            TextKind.LONG_TEXT.optional(at + "justification", who + "情况说明", b.justification(), problems);
            Counts.within(at + "inFavour", who + "赞成票", b.inFavour(), present, "出席人数", problems);
            Counts.within(at + "against", who + "反对票", b.against(), present, "出席人数", problems);
            Counts.within(at + "abstaining", who + "弃权票", b.abstaining(), present, "出席人数", problems);
            Counts.within(at + "writtenInFavour", who + "书面赞成意见", b.writtenInFavour(), absent, "未到会人数", problems);
            Counts.within(at + "writtenAgainst", who + "书面反对意见", b.writtenAgainst(), absent, "未到会人数", problems);
            Counts.within(at + "writtenAbstaining", who + "书面弃权意见", b.writtenAbstaining(), absent, "未到会人数", problems);
            Counts.within(at + "months", who + "延长月数", b.months(), 12, "预备期最长延长的月数", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<Long, CaseStore.StoredCase> cases = new LinkedHashMap<>();
        Map<Long, List<String>> waivers = new HashMap<>();
        for (RecordAssembly.Ballot b : cmd.ballots()) {
            CaseStore.StoredCase c = access.lockInScope(scope, b.caseId());
            if (c.orgId() != org.id()) {
                throw new InvalidInputException("ballots", "表决", c.name() + "不是本支部的发展党员");
            }
            if (cases.put(c.id(), c) != null) {
                throw new InvalidInputException("ballots", "表决", c.name() + "重复表决：每名同志只表决一次");
            }
            Timeline t = access.timeline(c);
            StepResult decision = cmd.kind() == StepKind.ADMISSION_ASSEMBLY ? StepResult.PASSED : b.decision();
            RecordStep probe = new RecordStep(cmd.kind(), on, null, List.of(), null, null, null, b.months(), decision,
                    null, b.justification());
            if (cmd.kind() == StepKind.ADMISSION_ASSEMBLY && blankToNull(b.performance()) == null) {
                problems.add(new FieldProblem("ballots", "主要表现（" + c.name() + "）",
                        "决议应写明发展对象的主要表现（FZ-15，《中国共产党发展党员工作细则》第二十一条）"));
            }
            List<Problem> found = new ArrayList<>(t.check(probe, today, workingDays));
            try {
                waivers.put(c.id(), CaseAccess.waivers(found, blankToNull(b.justification())));
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
            Stage stage = access.refreshState(c.id(), null);
            events.publishEvent(new RecruitmentStepRecorded(scope.username(), c.id(), c.orgId(), cmd.kind(), stage,
                    CaseAccess.changes(step)));
        }
        return meetingId;
    }

    private static void requireAssemblyKind(StepKind kind) {
        if (kind == null || !kind.assembly()) {
            throw new InvalidInputException("kind", "会议内容", "请选择讨论接收预备党员或讨论预备党员转正");
        }
    }
}
