package cn.dangjian.life;

import static cn.dangjian.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.dangjian.life.internal.MeetingInput;
import cn.dangjian.life.internal.MeetingStore;
import cn.dangjian.life.internal.VoteRules;
import cn.dangjian.life.schedule.LateEntry;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.member.RosterEntry;
import cn.dangjian.org.CommitteeView;
import cn.dangjian.org.Committees;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForModules;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.SortOrder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizational life's facade for meetings themselves: the recording form's draft, recording a meeting once
 * (counts, voting rights, quorum and 补录 derived) and reading meetings. What is due is {@link MeetingPlans}; the
 * higher organization's counts are {@link MeetingStatistics}.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

    static final String NOT_FOUND = "未找到该会议记录，或不在您的管理范围内";

    private final MeetingStore store;
    private final OrgUnits orgs;
    private final Committees committees;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeetingPlans plans;

    Meetings(MeetingStore store, OrgUnits orgs, Committees committees, Members members, ApplicationEventPublisher events, Clock clock,
             MeetingPlans plans) {
        this.plans = plans;
        this.store = store;
        this.orgs = orgs;
        this.committees = committees;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** Who should attend a meeting of this type, and who of them votes — filled in from the roster. */
    public MeetingDraft draft(AccessScope scope, long orgId, MeetingType type, Long partyGroupId) {
        scope.require(Permission.LIFE_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        if (!org.type().isBranch()) {
            throw new InvalidInputException("orgId", "党组织", "三会一课由党支部记录，" + org.type().label() + "请选择下属党支部");
        }
        if (type == null) {
            throw new InvalidInputException("type", "会议类型", "请选择会议类型");
        }
        List<MeetingDraft.PartyGroup> groups = orgs.children(scope, orgId, false).stream()
                .filter(o -> o.type() == OrgType.PARTY_GROUP).map(o -> new MeetingDraft.PartyGroup(o.id(), o.name()))
                .toList();
        CommitteeView committee = committees.current(scope, orgId).orElse(null);
        boolean hasCommittee = committee != null && committee.posts().stream()
                .map(CommitteeView.PostHolder::memberId).distinct().count() >= 3;
        List<RosterEntry> roster = members.roster(scope, orgId);
        List<ExpectedAttendee> attendees = new ArrayList<>();
        String groupName = null;
        switch (type) {
            case COMMITTEE_MEETING -> {
                if (!hasCommittee) {
                    throw new InvalidInputException("type", "会议类型",
                            "本支部未设支部委员会，不召开支委会（ZB-17：正式党员7人以上的党支部设支部委员会）");
                }
                Map<Long, String> roles = new LinkedHashMap<>();
                committee.posts().forEach(p -> roles.merge(p.memberId(), p.postLabel(), (a, b) -> a + "、" + b));
                Map<Long, RosterEntry> byId = new HashMap<>();
                roster.forEach(r -> byId.put(r.id(), r));
                committee.posts().stream().map(CommitteeView.PostHolder::memberId).distinct().forEach(id -> {
                    RosterEntry r = byId.get(id);
                    String name = r != null ? r.name() : committee.posts().stream().filter(p -> p.memberId() == id)
                            .findFirst().orElseThrow().holderName();
                    attendees.add(new ExpectedAttendee(id, name, true, true, r != null && r.leadingCadre(),
                            roles.get(id)));
                });
            }
            case GROUP_MEETING -> {
                MeetingDraft.PartyGroup group = groups.stream().filter(g -> Objects.equals(g.id(), partyGroupId))
                        .findFirst().orElseThrow(() -> new InvalidInputException("partyGroupId", "党小组",
                                groups.isEmpty() ? "本支部未设党小组" : "请选择召开党小组会的党小组"));
                groupName = group.name();
                roster.stream().filter(r -> Objects.equals(r.partyGroupId(), group.id()))
                        .forEach(r -> attendees.add(attendee(r)));
            }
            default -> roster.forEach(r -> attendees.add(attendee(r)));
        }
        return new MeetingDraft(orgId, org.name(), type, type == MeetingType.GROUP_MEETING ? partyGroupId : null,
                groupName, attendees, groups, hasCommittee);
    }

    private static ExpectedAttendee attendee(RosterEntry r) {
        String role = r.kind() == MemberKind.PROBATIONARY ? "预备党员" : r.votes() ? null : "留党察看";
        return new ExpectedAttendee(r.id(), r.name(), r.kind() == MemberKind.FULL, r.votes(), r.leadingCadre(), role);
    }

    /** Records a meeting once; everything else (ledgers, counts, the plan) is derived from it. */
    @Transactional
    public long record(AccessScope scope, RecordMeeting cmd) {
        return record(scope, cmd, LocalDateTime.now(clock));
    }

    /** Records a meeting as of {@code now}: the moment the record is made, for 补录 and "not in the future". */
    private long record(AccessScope scope, RecordMeeting cmd, LocalDateTime now) {
        scope.require(Permission.LIFE_RECORD);
        MeetingDraft draft = draft(scope, cmd.orgId(), cmd.type(), cmd.partyGroupId());
        List<FieldProblem> problems = new ArrayList<>();
        MeetingInput.Cleaned typed = MeetingInput.check(cmd, problems);
        String topic = typed.topic();
        if (cmd.type() == MeetingType.PARTY_LESSON && blankToNull(cmd.lecturer()) == null) {
            problems.add(new FieldProblem("lecturer", "主讲人", "党课应填写主讲人"));
        }
        if (cmd.heldAt() == null) {
            problems.add(new FieldProblem("heldAt", "会议时间", "不能为空"));
        } else if (cmd.heldAt().isAfter(now)) {
            problems.add(new FieldProblem("heldAt", "会议时间", "不能晚于现在：会议召开后再记录"));
        }
        Map<Long, ExpectedAttendee> expected = new LinkedHashMap<>();
        draft.attendees().forEach(a -> expected.put(a.memberId(), a));
        Map<Long, RecordMeeting.Attendance> given = new HashMap<>();
        for (RecordMeeting.Attendance a : cmd.attendance()) {
            ExpectedAttendee who = expected.get(a.memberId());
            if (who == null) {
                problems.add(new FieldProblem("attendance", "出席情况", "编号" + a.memberId() + "的人员不在本次会议应到人员名单中"));
            } else if (given.put(a.memberId(), a) != null) {
                problems.add(new FieldProblem("attendance", "出席情况", who.name() + "重复登记"));
            } else if (a.status() == AttendanceStatus.EXCUSED && blankToNull(a.reason()) == null) {
                problems.add(new FieldProblem("attendance", "请假事由", who.name() + "请假，应填写事由"));
            }
        }
        for (ExpectedAttendee who : expected.values()) {
            RecordMeeting.Attendance a = given.get(who.memberId());
            if (a == null || a.status() == null) {
                problems.add(new FieldProblem("attendance", "出席情况", "请为" + who.name() + "选择出席、请假或缺席"));
            }
        }
        String hostName = present(cmd.hostMemberId(), "hostMemberId", "主持人", expected, given, problems);
        String recorderName = present(cmd.recorderMemberId(), "recorderMemberId", "记录人", expected, given, problems);
        if (cmd.agenda().stream().noneMatch(i -> blankToNull(i.title()) != null)) {
            problems.add(new FieldProblem("agenda", "议程", "至少填写一项议题"));
        }
        int present = count(expected, given, AttendanceStatus.PRESENT, false);
        int votingExpected = (int) expected.values().stream().filter(ExpectedAttendee::voting).count();
        int votingPresent = count(expected, given, AttendanceStatus.PRESENT, true);
        for (int i = 0; i < cmd.agenda().size(); i++) {
            RecordMeeting.AgendaItem item = cmd.agenda().get(i);
            if (item.vote() == null) {
                continue;
            }
            if (!VoteRules.votes(cmd.type())) {
                problems.add(new FieldProblem("agenda", "表决", cmd.type().label() + "不进行表决；需要表决的事项应提交支部党员大会或支委会"));
                continue;
            }
            if (!MeetingInput.votesWithin(i, item.vote(), votingExpected, votingPresent, problems)) {
                continue;
            }
            String tally = VoteRules.tallyProblem(cmd.type(), votingExpected, votingPresent, item.vote());
            if (tally != null) {
                problems.add(new FieldProblem("agenda[" + i + "].vote", "议题" + (i + 1) + "的表决", tally));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate today = now.toLocalDate();
        OrgUnitRef org = orgs.refInScope(scope, cmd.orgId());
        LateEntry late = new LateEntry(cmd.heldAt().toLocalDate(), today,
                plans.parameters(org.path(), today).lateEntryDays());
        boolean quorum = !VoteRules.votes(cmd.type()) || VoteRules.quorum(votingExpected, votingPresent);
        MeetingStore.Stored stored = new MeetingStore.Stored(0, org.id(), org.path(), draft.partyGroupId(), cmd.type(),
                topic, typed.lecturer(), cmd.heldAt(), typed.place(), hostName, recorderName,
                expected.size(), present, count(expected, given, AttendanceStatus.EXCUSED, false),
                count(expected, given, AttendanceStatus.ABSENT, false), votingExpected, votingPresent, quorum,
                late.late(), (int) late.daysLate(), null, today, scope.username());
        long id = store.insert(stored, cmd.hostMemberId(), cmd.recorderMemberId());
        store.insertAttendance(id, expected.values().stream().map(who -> {
            RecordMeeting.Attendance a = given.get(who.memberId());
            return new MeetingView.AttendeeView(who.memberId(), who.name(), who.fullMember(), who.voting(),
                    who.leadingCadre(), a.status(), typed.reasons().get(who.memberId()));
        }).toList());
        for (MeetingStore.StoredItem item : typed.items()) {
            RecordMeeting.Vote v = VoteRules.votes(cmd.type()) ? item.vote() : null;
            VoteOutcome outcome = v == null ? null : VoteRules.outcome(cmd.type(), votingExpected, votingPresent, v);
            store.insertItem(id, new MeetingStore.StoredItem(item.seq(), item.title(), item.minutes(), item.decision(), v),
                    outcome == null ? null : outcome.quorumMet(), outcome == null ? null : outcome.passed());
        }
        List<FieldChange> changes = List.of(new FieldChange("会议类型", null, cmd.type().label()),
                new FieldChange("主题", null, topic), new FieldChange("会议时间", null, cmd.heldAt().toString()),
                new FieldChange("应到/实到", null, expected.size() + "/" + present));
        events.publishEvent(new MeetingRecorded(scope.username(), id, org.id(), cmd.type(), cmd.heldAt().toLocalDate(),
                late.late(), changes));
        return id;
    }

    public MeetingView get(AccessScope scope, long id) {
        scope.require(Permission.LIFE_VIEW);
        MeetingStore.Stored m = store.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        boolean visible = scope.ownRecordsOnly()
                ? scope.memberId() != null && store.wasExpected(id, scope.memberId())
                : scope.coversOrg(m.orgId(), m.orgPath());
        if (!visible) {
            throw new NotFoundException(NOT_FOUND);
        }
        return view(m, attendance(scope, id));
    }

    /**
     * A recorded meeting with everything in it, for a document another module builds from a record it has
     * already scoped (the 支部党员大会 resolution of a 发展党员 case, which a 党委 approver may print).
     */
    @ForModules
    public MeetingView recorded(long id) {
        MeetingStore.Stored m = store.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return view(m, store.attendance(id));
    }

    private MeetingView view(MeetingStore.Stored m, List<MeetingView.AttendeeView> attendance) {
        long id = m.id();
        String orgName = orgs.ref(m.orgId()).map(OrgUnitRef::name).orElse(null);
        String groupName = m.partyGroupId() == null ? null : orgs.ref(m.partyGroupId()).map(OrgUnitRef::name).orElse(null);
        List<MeetingView.AgendaItemView> items = store.items(id).stream().map(i -> new MeetingView.AgendaItemView(
                i.seq(), i.title(), i.minutes(), i.decision(), i.vote(),
                i.vote() == null ? null : VoteRules.outcome(m.type(), m.votingExpected(), m.votingPresent(), i.vote())))
                .toList();
        return new MeetingView(m.id(), m.orgId(), orgName, m.partyGroupId(), groupName, m.type(), m.topic(),
                m.lecturer(), m.heldAt(), m.place(), m.hostName(), m.recorderName(), m.expected(), m.present(),
                m.excused(), m.absent(), m.votingExpected(), m.votingPresent(), m.quorumMet(), m.lateEntry(),
                m.daysLate(), m.recordedAt(), m.recordedOn(), m.recordedBy(), attendance, items);
    }

    /**
     * Who was expected and how they attended. A 仅本人 caller (an attendee) sees colleagues' names and attendance,
     * not their leave reasons or 领导干部 flags (docs/decisions/0004-record-level-visibility.md).
     */
    private List<MeetingView.AttendeeView> attendance(AccessScope scope, long meetingId) {
        List<MeetingView.AttendeeView> all = store.attendance(meetingId);
        if (!scope.ownRecordsOnly()) {
            return all;
        }
        return all.stream().map(a -> scope.memberId() != null && a.memberId() == scope.memberId() ? a
                : new MeetingView.AttendeeView(a.memberId(), a.name(), a.fullMember(), a.voting(), false, a.status(),
                        null)).toList();
    }

    public PageResult<MeetingRow> list(AccessScope scope, MeetingQuery query, PageRequest page) {
        return list(scope, query, page, null);
    }

    /** One page of the list in the order asked for (null: newest first); an unknown sort column is refused. */
    public PageResult<MeetingRow> list(AccessScope scope, MeetingQuery query, PageRequest page, SortOrder sort) {
        scope.require(Permission.LIFE_VIEW);
        // a 仅本人 caller may narrow to their own organization; the store still shows only their own meetings
        String within = query.orgId() == null ? null : scope.ownRecordsOnly()
                ? orgs.structureInScope(scope, query.orgId()).path() : orgs.refInScope(scope, query.orgId()).path();
        Map<Long, String> names = new HashMap<>();
        PageResult<MeetingRow> result = store.list(scope, query, within, page, sort, names);
        orgs.refs(result.items().stream().map(MeetingRow::orgId).distinct().toList())
                .forEach(o -> names.put(o.id(), o.name()));
        return result.map(r -> new MeetingRow(r.id(), r.orgId(), names.get(r.orgId()), r.type(), r.topic(), r.heldAt(),
                r.hostName(), r.expected(), r.present(), r.quorumMet(), r.lateEntry(), r.daysLate()));
    }

    /** The caller's own organizational life: the meetings they were expected at and how they attended. */
    public List<MyMeeting> mine(AccessScope scope) {
        scope.require(Permission.LIFE_VIEW);
        return scope.memberId() == null ? List.of() : store.attendanceOf(scope.memberId(), 100);
    }

    /** The name of an organization in the caller's scope (for documents of a period without meetings). */
    public String draftOrgName(AccessScope scope, long orgId) {
        scope.require(Permission.LIFE_VIEW);
        return orgs.refInScope(scope, orgId).name();
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static String present(Long memberId, String field, String label, Map<Long, ExpectedAttendee> expected,
                                  Map<Long, RecordMeeting.Attendance> given, List<FieldProblem> problems) {
        if (memberId == null) {
            return null;
        }
        ExpectedAttendee who = expected.get(memberId);
        RecordMeeting.Attendance a = given.get(memberId);
        if (who == null || a == null || a.status() != AttendanceStatus.PRESENT) {
            problems.add(new FieldProblem(field, label, "应为出席本次会议的人员"));
            return null;
        }
        return who.name();
    }

    private static int count(Map<Long, ExpectedAttendee> expected, Map<Long, RecordMeeting.Attendance> given,
                             AttendanceStatus status, boolean votingOnly) {
        return (int) expected.values().stream()
                .filter(e -> !votingOnly || e.voting())
                .filter(e -> given.get(e.memberId()) != null && given.get(e.memberId()).status() == status)
                .count();
    }


    // --- history -----------------------------------------------------------------------------------

    /**
     * Records a meeting as entered on {@code recordedOn} instead of today, for history brought in at once (demo
     * data, migration from a previous system): 补录 is judged against that day, exactly as {@link #record} judges
     * it against today. The day may not lie in the future.
     */
    @Transactional
    public long recordAsOf(AccessScope scope, RecordMeeting cmd, LocalDate recordedOn) {
        LocalDate today = LocalDate.now(clock);
        if (recordedOn == null || recordedOn.isAfter(today)) {
            throw new InvalidInputException("recordedOn", "录入日期", "不能晚于今天");
        }
        return record(scope, cmd, recordedOn.equals(today) ? LocalDateTime.now(clock)
                : recordedOn.atTime(java.time.LocalTime.MAX));
    }
}
