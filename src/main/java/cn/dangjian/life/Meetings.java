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

import cn.dangjian.life.internal.MeetingStore;
import cn.dangjian.life.internal.VoteRules;
import cn.dangjian.life.schedule.HeldMeeting;
import cn.dangjian.life.schedule.LateEntry;
import cn.dangjian.life.schedule.OrgScheduleFacts;
import cn.dangjian.life.schedule.PartyGroupFacts;
import cn.dangjian.life.schedule.Schedule;
import cn.dangjian.life.schedule.ScheduleEvaluator;
import cn.dangjian.life.schedule.ScheduleParameters;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.member.RosterEntry;
import cn.dangjian.org.CommitteeView;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgLifespan;
import cn.dangjian.org.OrgUnitFamily;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnitView;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ScopeLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizational life's facade: the recording form's draft, recording a meeting once (counts, voting
 * rights, quorum and 补录 derived), reading meetings, and the plan of what is due.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

    static final String NOT_FOUND = "未找到该会议记录，或不在您的管理范围内";

    private final MeetingStore store;
    private final OrgUnits orgs;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RuleParameters ruleParameters;
    private final LifeParameters lifeParameters;

    Meetings(MeetingStore store, OrgUnits orgs, Members members, ApplicationEventPublisher events, Clock clock,
             RuleParameters ruleParameters, LifeParameters lifeParameters) {
        this.ruleParameters = ruleParameters;
        this.lifeParameters = lifeParameters;
        this.store = store;
        this.orgs = orgs;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** The key of the parameter that sets how often {@code type} is due (for rules that cite the values they used). */
    public static String frequencyParameter(MeetingType type) {
        return LifeParameters.frequencyKey(type);
    }

    /**
     * The meeting rules and 补录 window in force for an organization on a day: the catalogue's defaults as set
     * for the platform and overridden by the organization or its nearest ancestor ({@link RuleParameters}).
     */
    public ScheduleParameters parameters(String orgPath, LocalDate date) {
        return lifeParameters.schedule(ruleParameters.valuesFor(orgPath, date));
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
        CommitteeView committee = orgs.currentCommittee(scope, orgId).orElse(null);
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
        String topic = blankToNull(cmd.topic());
        if (topic == null) {
            problems.add(new FieldProblem("topic", cmd.type() == MeetingType.PARTY_LESSON ? "党课题目" : "会议主题", "不能为空"));
        } else if (topic.length() > 200) {
            problems.add(new FieldProblem("topic", "会议主题", "不能超过200个字"));
        }
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
        for (RecordMeeting.AgendaItem item : cmd.agenda()) {
            if (item.vote() == null) {
                continue;
            }
            if (!VoteRules.votes(cmd.type())) {
                problems.add(new FieldProblem("agenda", "表决", cmd.type().label() + "不进行表决；需要表决的事项应提交支部党员大会或支委会"));
                continue;
            }
            String tally = VoteRules.tallyProblem(votingPresent, item.vote().inFavour(), item.vote().against(),
                    item.vote().abstaining());
            if (tally != null) {
                problems.add(new FieldProblem("agenda", "表决（" + item.title() + "）", tally));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate today = now.toLocalDate();
        OrgUnitRef org = orgs.refInScope(scope, cmd.orgId());
        LateEntry late = new LateEntry(cmd.heldAt().toLocalDate(), today,
                parameters(org.path(), today).lateEntryDays());
        boolean quorum = !VoteRules.votes(cmd.type()) || VoteRules.quorum(votingExpected, votingPresent);
        MeetingStore.Stored stored = new MeetingStore.Stored(0, org.id(), org.path(), draft.partyGroupId(), cmd.type(),
                topic, blankToNull(cmd.lecturer()), cmd.heldAt(), blankToNull(cmd.place()), hostName, recorderName,
                expected.size(), present, count(expected, given, AttendanceStatus.EXCUSED, false),
                count(expected, given, AttendanceStatus.ABSENT, false), votingExpected, votingPresent, quorum,
                late.late(), (int) late.daysLate(), null, today, scope.username());
        long id = store.insert(stored, cmd.hostMemberId(), cmd.recorderMemberId());
        store.insertAttendance(id, expected.values().stream().map(who -> {
            RecordMeeting.Attendance a = given.get(who.memberId());
            return new MeetingView.AttendeeView(who.memberId(), who.name(), who.fullMember(), who.voting(),
                    who.leadingCadre(), a.status(), blankToNull(a.reason()));
        }).toList());
        int seq = 0;
        for (RecordMeeting.AgendaItem item : cmd.agenda()) {
            if (blankToNull(item.title()) == null) {
                continue;
            }
            RecordMeeting.Vote v = VoteRules.votes(cmd.type()) ? item.vote() : null;
            VoteOutcome outcome = v == null ? null
                    : VoteRules.outcome(cmd.type(), votingExpected, votingPresent, v.inFavour(), v.against(), v.abstaining());
            store.insertItem(id, new MeetingStore.StoredItem(++seq, item.title().strip(), blankToNull(item.minutes()),
                            blankToNull(item.decision()), v != null, v == null ? null : v.inFavour(),
                            v == null ? null : v.against(), v == null ? null : v.abstaining()),
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
        boolean visible = scope.level() == ScopeLevel.SELF
                ? scope.memberId() != null && store.wasExpected(id, scope.memberId())
                : scope.coversOrg(m.orgId(), m.orgPath());
        if (!visible) {
            throw new NotFoundException(NOT_FOUND);
        }
        String orgName = orgs.ref(m.orgId()).map(OrgUnitRef::name).orElse(null);
        String groupName = m.partyGroupId() == null ? null : orgs.ref(m.partyGroupId()).map(OrgUnitRef::name).orElse(null);
        List<MeetingView.AgendaItemView> items = store.items(id).stream().map(i -> new MeetingView.AgendaItemView(
                i.seq(), i.title(), i.minutes(), i.decision(), i.voted(), i.inFavour(), i.against(), i.abstaining(),
                i.voted() ? VoteRules.outcome(m.type(), m.votingExpected(), m.votingPresent(), i.inFavour(),
                        i.against(), i.abstaining()) : null)).toList();
        return new MeetingView(m.id(), m.orgId(), orgName, m.partyGroupId(), groupName, m.type(), m.topic(),
                m.lecturer(), m.heldAt(), m.place(), m.hostName(), m.recorderName(), m.expected(), m.present(),
                m.excused(), m.absent(), m.votingExpected(), m.votingPresent(), m.quorumMet(), m.lateEntry(),
                m.daysLate(), m.recordedAt(), m.recordedOn(), m.recordedBy(), store.attendance(id), items);
    }

    public PageResult<MeetingRow> list(AccessScope scope, MeetingQuery query, PageRequest page) {
        scope.require(Permission.LIFE_VIEW);
        String within = query.orgId() == null ? null : orgs.refInScope(scope, query.orgId()).path();
        Map<Long, String> names = new HashMap<>();
        PageResult<MeetingRow> result = store.list(scope, query, within, page, names);
        orgs.refs(result.items().stream().map(MeetingRow::orgId).distinct().toList())
                .forEach(o -> names.put(o.id(), o.name()));
        return result.map(r -> new MeetingRow(r.id(), r.orgId(), names.get(r.orgId()), r.type(), r.topic(), r.heldAt(),
                r.hostName(), r.expected(), r.present(), r.quorumMet(), r.lateEntry(), r.daysLate()));
    }

    /** What the branch owes this year, period by period, derived from the meetings it recorded. */
    public Schedule plan(AccessScope scope, long orgId, int year) {
        return planAsOf(scope, orgId, year, LocalDate.now(clock));
    }

    /** The plan as it stood on {@code today} (the compliance engine's daily pass and its time-travel tests). */
    public Schedule planAsOf(AccessScope scope, long orgId, int year, LocalDate today) {
        scope.require(Permission.LIFE_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        return plansAsOf(List.of(org), year, today).get(orgId);
    }

    /**
     * The plans of many organizations as they stood on {@code today}, in a fixed number of queries whatever their
     * number. Not scoped: for the compliance engine, which evaluates whole trees; pages use {@link #plan}.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, Schedule> plansAsOf(List<OrgUnitRef> refs, int year, LocalDate today) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        refs.forEach(r -> ids.add(r.id()));
        Map<Long, OrgLifespan> lifespans = new HashMap<>();
        Map<Long, List<PartyGroupFacts>> groups = new HashMap<>();
        for (OrgLifespan l : orgs.lifespansWithPartyGroups(ids)) {
            if (ids.contains(l.id())) {
                lifespans.put(l.id(), l);
            }
            if (l.type() == OrgType.PARTY_GROUP && l.parentId() != null && ids.contains(l.parentId())) {
                groups.computeIfAbsent(l.parentId(), k -> new ArrayList<>())
                        .add(new PartyGroupFacts(l.id(), l.name(), l.establishedOn()));
            }
        }
        Map<Long, CommitteeView> committees = orgs.currentCommittees(ids);
        Map<Long, List<HeldMeeting>> held = store.held(ids, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        LocalDate asOf = today.getYear() > year ? LocalDate.of(year, 12, 31) : today;
        RuleParameters.ParameterResolver resolver = ruleParameters.resolver(asOf);
        Map<Long, Schedule> plans = new HashMap<>();
        for (OrgUnitRef ref : refs) {
            OrgLifespan life = lifespans.get(ref.id());
            if (life == null) {
                continue;
            }
            OrgScheduleFacts facts = new OrgScheduleFacts(ref.id(), life.type(), life.establishedOn(), life.dissolvedOn(),
                    hasCommittee(committees.get(ref.id())), groups.getOrDefault(ref.id(), List.of()),
                    held.getOrDefault(ref.id(), List.of()));
            plans.put(ref.id(), ScheduleEvaluator.evaluate(facts,
                    lifeParameters.schedule(resolver.valuesFor(ref.path())), year, today));
        }
        return plans;
    }

    /** A 支委会 exists when the current term has at least three distinct post holders (ZB-17). */
    private static boolean hasCommittee(CommitteeView committee) {
        return committee != null && committee.posts().stream()
                .map(CommitteeView.PostHolder::memberId).distinct().count() >= 3;
    }

    /** The subtree's branches with their meetings by type and month, late entries and quorum failures. */
    public MeetingOverview overview(AccessScope scope, long orgId, int year) {
        scope.require(Permission.LIFE_VIEW);
        OrgUnitRef root = orgs.refInScope(scope, orgId);
        Map<Long, Map<MeetingType, int[]>> held = new HashMap<>();
        Map<Long, int[]> flags = new HashMap<>();
        for (MeetingStore.MonthCount c : store.monthCounts(root.path(), year)) {
            held.computeIfAbsent(c.orgId(), k -> new java.util.EnumMap<>(MeetingType.class))
                    .computeIfAbsent(c.type(), k -> new int[12])[c.month() - 1] += c.held();
            int[] f = flags.computeIfAbsent(c.orgId(), k -> new int[2]);
            f[0] += c.late();
            f[1] += c.quorumFailures();
        }
        List<MeetingOverview.BranchRow> rows = new ArrayList<>();
        int page = 1;
        while (true) {
            var branches = orgs.search(scope, new cn.dangjian.org.OrgUnitQuery(null, null, orgId, false),
                    new PageRequest(page, PageRequest.MAX_SIZE));
            for (OrgUnitNode b : branches.items()) {
                if (b.type().isBranch()) {
                    int[] f = flags.getOrDefault(b.id(), new int[2]);
                    rows.add(new MeetingOverview.BranchRow(b.id(), b.name(),
                            held.getOrDefault(b.id(), Map.of()), f[0], f[1]));
                }
            }
            if (!branches.hasNext()) {
                break;
            }
            page++;
        }
        return new MeetingOverview(root.id(), root.name(), year, rows);
    }

    /**
     * The subtree's meetings in a quarter ({@code quarter} 1–4) or the whole year ({@code quarter} 0): the total and
     * each direct sub-organization with its subtree rolled up — also those that held nothing. Two reads that need
     * no transaction of their own (a transaction's set-up and tear-down cost more than the reads).
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public MeetingRollup rollup(AccessScope scope, long orgId, int year, int quarter) {
        scope.require(Permission.LIFE_VIEW);
        if (quarter < 0 || quarter > 4) {
            throw new InvalidInputException("quarter", "季度", "应为1至4，或0表示全年");
        }
        OrgUnitFamily family = orgs.family(scope, orgId);
        OrgUnitRef root = family.org();
        List<OrgUnitRef> children = family.children().stream().filter(c -> c.type() != OrgType.PARTY_GROUP).toList();
        LocalDate from = quarter == 0 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, quarter * 3 - 2, 1);
        LocalDate to = quarter == 0 ? from.plusYears(1) : from.plusMonths(3);
        List<Long> ids = new ArrayList<>();
        ids.add(root.id());
        children.forEach(c -> ids.add(c.id()));
        Map<Long, Map<MeetingType, Integer>> held = new HashMap<>();
        Map<Long, int[]> flags = new HashMap<>();
        for (MeetingStore.SubtreeCount c : store.subtreeCounts(ids, from, to)) {
            held.computeIfAbsent(c.orgId(), k -> new java.util.EnumMap<>(MeetingType.class)).put(c.type(), c.held());
            int[] f = flags.computeIfAbsent(c.orgId(), k -> new int[2]);
            f[0] += c.late();
            f[1] += c.quorumFailures();
        }
        return new MeetingRollup(root.id(), root.name(), year, quarter, from, to.minusDays(1),
                row(root, held, flags), children.stream().map(c -> row(c, held, flags)).toList());
    }

    private static MeetingRollup.Row row(OrgUnitRef org, Map<Long, Map<MeetingType, Integer>> held,
                                         Map<Long, int[]> flags) {
        int[] f = flags.getOrDefault(org.id(), new int[2]);
        return new MeetingRollup.Row(org.id(), org.name(), org.type().label(), org.type().isBranch(),
                held.getOrDefault(org.id(), Map.of()), f[0], f[1]);
    }

    /** Leading cadres' 双重组织生活 in the subtree, per quarter (JG-09). */
    public List<CadreParticipation> cadres(AccessScope scope, long orgId, int year) {
        scope.require(Permission.LIFE_VIEW);
        OrgUnitRef root = orgs.refInScope(scope, orgId);
        Map<Long, CadreParticipation> byMember = new LinkedHashMap<>();
        List<MeetingStore.CadreQuarter> rows = store.cadreQuarters(root.path(), year);
        Map<Long, String> names = new HashMap<>();
        orgs.refs(rows.stream().map(MeetingStore.CadreQuarter::orgId).distinct().toList())
                .forEach(o -> names.put(o.id(), o.name()));
        for (MeetingStore.CadreQuarter r : rows) {
            CadreParticipation p = byMember.computeIfAbsent(r.memberId(), k -> new CadreParticipation(r.memberId(),
                    r.name(), r.orgId(), names.get(r.orgId()), new int[4], new int[4]));
            p.expected()[r.quarter() - 1] += r.expected();
            p.present()[r.quarter() - 1] += r.present();
        }
        return List.copyOf(byMember.values());
    }

    // --- batch reads for other modules (no scope: they apply their caller's scope themselves) -------
    // One statement each however many ids they are given, for checks over batches of organizations.

    /**
     * The meetings of these organizations held in {@code [from, to)} in which a vote failed its quorum (ZB-08,
     * ZB-09), oldest first. Not scoped, like {@link OrgUnits#refs}: for compliance, which scopes its own views.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<QuorumFailure> quorumFailures(java.util.Collection<Long> orgIds, LocalDate from, LocalDate to) {
        return store.quorumFailures(orgIds, from, to);
    }

    /**
     * Each member's current run of unexcused absences as of the end of {@code asOf} (JY-12), over every branch's
     * attendance records; members without such a run are absent from the map. Not scoped: dates and counts only.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, AttendanceRun> attendanceRuns(java.util.Collection<Long> memberIds, LocalDate asOf) {
        Map<Long, AttendanceRun> runs = new HashMap<>();
        store.attendanceRuns(memberIds, asOf).forEach(r -> runs.put(r.memberId(), r));
        return runs;
    }

    /**
     * These members' attendance per organization and quarter at meetings held in {@code [from, to)} (双重组织生活,
     * JG-09); quarters in which a member was expected nowhere are absent. Not scoped: counts only.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<QuarterAttendance> quarterAttendance(java.util.Collection<Long> memberIds, LocalDate from,
                                                     LocalDate to) {
        return store.quarterAttendance(memberIds, from, to);
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
