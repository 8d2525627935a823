package cn.dangjian.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import cn.dangjian.calendar.WorkCalendar;
import cn.dangjian.calendar.WorkingDays;
import cn.dangjian.demo.RecruitmentStories.CasePlan;
import cn.dangjian.demo.RecruitmentStories.Step;
import cn.dangjian.demo.RecruitmentStories.Story;
import cn.dangjian.demo.RecruitmentStories.Who;
import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.ExpectedAttendee;
import cn.dangjian.life.MeetingDraft;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.member.Headcount;
import cn.dangjian.member.MemberQuery;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.member.Members;
import cn.dangjian.member.RosterEntry;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.CommitteeView;
import cn.dangjian.org.Committees;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnitView;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.Units;
import cn.dangjian.org.UnitCategory;
import cn.dangjian.recruitment.CaseView;
import cn.dangjian.recruitment.Deadline;
import cn.dangjian.recruitment.OpenCase;
import cn.dangjian.recruitment.RecordAssembly;
import cn.dangjian.recruitment.RecordStep;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.recruitment.RecruitmentAssemblies;
import cn.dangjian.recruitment.StepKind;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Gender;
import cn.dangjian.shared.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Opens a few dozen 发展党员 cases in a written district through {@link Recruitment}, about one per three to four
 * branches, at every stage ({@link RecruitmentStories}): applicants, activists, candidates, candidates admitted by
 * the branch assembly and waiting for the 党委, probationary and newly full members (on the member roll with the
 * dates the 细则 gives them), one withdrawn — four of them overdue on purpose (FZ-03, FZ-06, FZ-19, FZ-22) and a
 * few with a step late and its 情况说明. The applicants work in the branch's unit; talkers, mentors and sponsors are
 * its full members. Each step goes through the facade's checks, the assemblies' secret ballots through
 * organizational life, all as the system scope (which covers the approving 党委).
 */
@Component
class RecruitmentHistoryWriter {

    private static final Logger log = LoggerFactory.getLogger(RecruitmentHistoryWriter.class);

    /** Roughly one case per this many branches. */
    static final double BRANCHES_PER_CASE = 3.5;
    /** At most this many cases per district, so that larger tiers stay quick to start. */
    static final int MAX_CASES_PER_DISTRICT = 60;
    /** A branch taking a new member keeps at most this many (ZB-02 says 50; the demo plants its own oversized one). */
    private static final int MAX_BRANCH_SIZE = 48;

    /** Every story once, in this order, before any is repeated: the planted ones and the rarer stages first. */
    private static final List<Story> FIRST = List.of(Story.TALK_OVERDUE, Story.ASSESSMENT_OVERDUE,
            Story.APPROVAL_OVERDUE, Story.CONFIRMATION_OVERDUE, Story.FULL_MEMBER, Story.PROBATIONARY,
            Story.AWAITING_APPROVAL, Story.AWAITING_PRE_REVIEW, Story.CANDIDATE, Story.ACTIVIST, Story.APPLIED,
            Story.WITHDRAWN);
    /** Then, in proportion, the stories a branch is usually in. */
    private static final List<Story> MORE = List.of(Story.APPLIED, Story.APPLIED, Story.APPLIED, Story.ACTIVIST,
            Story.ACTIVIST, Story.ACTIVIST, Story.ACTIVIST, Story.CANDIDATE, Story.CANDIDATE, Story.AWAITING_APPROVAL,
            Story.PROBATIONARY, Story.PROBATIONARY, Story.PROBATIONARY, Story.FULL_MEMBER, Story.FULL_MEMBER);
    /** Branches already carrying a planted meeting or size irregularity are left alone, so that theirs stays clear. */
    private static final Set<DemoIrregularity.Kind> LEAVE_ALONE = Set.of(DemoIrregularity.Kind.ASSEMBLY_MISSED,
            DemoIrregularity.Kind.VOTE_WITHOUT_QUORUM, DemoIrregularity.Kind.OVERSIZED_BRANCH,
            DemoIrregularity.Kind.TOO_FEW_FULL_MEMBERS);
    private static final List<String> PERFORMANCE = List.of(
            "政治立场坚定，认真学习党的创新理论，工作积极主动，在重点任务中表现突出",
            "入党动机端正，培养考察期间思想汇报按时，业务能力强，群众评价好",
            "遵纪守法，作风踏实，积极参加志愿服务，经培养考察已基本具备党员条件");
    private static final List<String> PROBATION = List.of(
            "预备期间能以党员标准严格要求自己，按时参加组织生活、交纳党费，工作成绩突出",
            "预备期间认真履行党员义务，思想汇报按时，群众评价好，具备转正条件");

    private final OrgUnits orgs;
    private final Committees committees;
    private final Units units;
    private final Members members;
    private final MemberQueries memberQueries;
    private final Meetings meetings;
    private final Recruitment recruitment;
    private final RecruitmentAssemblies assemblies;
    private final WorkCalendar calendar;
    private final Clock clock;

    RecruitmentHistoryWriter(OrgUnits orgs, Committees committees, Units units, Members members,
                             MemberQueries memberQueries, Meetings meetings, Recruitment recruitment,
                             RecruitmentAssemblies assemblies, WorkCalendar calendar, Clock clock) {
        this.orgs = orgs;
        this.committees = committees;
        this.units = units;
        this.members = members;
        this.memberQueries = memberQueries;
        this.meetings = meetings;
        this.recruitment = recruitment;
        this.assemblies = assemblies;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** How many cases were opened, members admitted and assemblies held, and what was planted (or came out late). */
    record Result(int cases, int members, int meetings, List<DemoIrregularity> irregularities) {
    }

    /** A branch that can take a case: its roster's full members with voting rights, its secretary and unit. */
    private record Branch(long id, String name, long unitId, boolean publicInstitution, List<RosterEntry> voters,
                          Long secretaryId, Long organizerId) {
    }

    /**
     * Writes the cases of the district under {@code rootId}, whose people's 身份证号 start with {@code regionCode};
     * {@code planted} are the irregularities already in the district, whose branches are left alone. The demo
     * secretary's branch {@code showcaseBranchId} gets {@link #SHOWCASE}: a new applicant, a candidate on the demo
     * 党委's desk for 预审, and one admitted by the assembly waiting for its approval.
     */
    Result write(long rootId, String regionCode, long seed, Collection<DemoIrregularity> planted, long showcaseBranchId) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        WorkingDays days = calendar.workingDays();
        Random random = new Random(seed);
        List<OrgUnitNode> branches = DemoBranches.under(orgs, rootId);
        Set<Long> leaveAlone = new HashSet<>();
        planted.stream().filter(i -> LEAVE_ALONE.contains(i.kind())).forEach(i -> leaveAlone.add(i.subjectId()));
        Map<Long, Headcount> counts = memberQueries.headcounts(branches.stream().map(OrgUnitNode::id).toList());
        List<OrgUnitNode> eligible = new ArrayList<>(branches.stream()
                .filter(b -> b.type() == OrgType.BRANCH && !leaveAlone.contains(b.id()))
                .filter(b -> counts.containsKey(b.id()) && counts.get(b.id()).full() >= 3).toList());
        Collections.shuffle(eligible, random);
        Optional<OrgUnitNode> showcase = eligible.stream().filter(b -> b.id() == showcaseBranchId).findFirst();
        showcase.ifPresent(eligible::remove);
        List<Story> stories = stories((int) Math.min(MAX_CASES_PER_DISTRICT, Math.round(branches.size() / BRANCHES_PER_CASE)),
                random);
        List<Story> assigned = new ArrayList<>();
        List<OrgUnitNode> at = new ArrayList<>();
        for (Story story : stories) {
            eligible.stream().filter(b -> fits(story, counts.get(b.id()))).findFirst().ifPresentOrElse(b -> {
                eligible.remove(b);
                assigned.add(story);
                at.add(b);
            }, () -> log.warn("没有合适的党支部安排“{}”阶段的演示发展党员案例", story.stage().label()));
        }
        showcase.filter(b -> SHOWCASE.stream().allMatch(story -> fits(story, counts.get(b.id())))).ifPresent(b ->
                SHOWCASE.forEach(story -> {
                    assigned.add(story);
                    at.add(b);
                }));
        RecruitmentStories planner = new RecruitmentStories(random, today, days);
        PersonGenerator people = new PersonGenerator(random, today, regionCode);
        Set<Story> lateTalk = Set.of(Story.ACTIVIST, Story.FULL_MEMBER);
        Set<Story> lateApproval = Set.of(Story.PROBATIONARY);
        Set<Story> seen = new HashSet<>();
        List<DemoIrregularity> irregularities = new ArrayList<>();
        int cases = 0;
        int admitted = 0;
        int assemblies = 0;
        long lastLogged = System.nanoTime();
        for (int i = 0; i < assigned.size(); i++) {
            Story story = assigned.get(i);
            boolean first = seen.add(story);
            Optional<CasePlan> plan = planner.plan(story, first && lateTalk.contains(story),
                    first && lateApproval.contains(story));
            Branch branch = plan.isEmpty() ? null : branch(at.get(i));
            if (plan.isEmpty() || branch == null) {
                log.warn("跳过一个“{}”阶段的演示发展党员案例（{}）", story.stage().label(),
                        plan.isEmpty() ? "公示期所在年度的节假日安排尚未录入" : at.get(i).name() + "的正式党员不足3名");
                continue;
            }
            try {
                Written written = writeCase(plan.get(), branch, people, random, today);
                cases++;
                admitted += story.admits() ? 1 : 0;
                assemblies += written.assemblies();
                irregularities.addAll(written.irregularities());
            } catch (RuntimeException e) {
                log.warn("演示发展党员案例（{}，{}）未能完整生成：{}", branch.name(), story.stage().label(), e.getMessage());
            }
            if (System.nanoTime() - lastLogged > 3_000_000_000L) {
                lastLogged = System.nanoTime();
                log.info("正在生成发展党员记录：案例 {}/{}", i + 1, assigned.size());
            }
        }
        log.info("发展党员记录已生成：案例 {} 个，其中接收为预备党员 {} 名，支部党员大会 {} 次，用时 {} 毫秒", cases, admitted,
                assemblies, (System.nanoTime() - started) / 1_000_000L);
        irregularities.forEach(i -> log.info("  有意设置的问题（{}）：{} — {}", i.rule(), i.subjectName(), i.description()));
        return new Result(cases, admitted, assemblies, List.copyOf(irregularities));
    }

    /** {@code count} stories: each one once, then the usual ones in proportion. */
    private static List<Story> stories(int count, Random random) {
        List<Story> stories = new ArrayList<>(FIRST.subList(0, Math.min(count, FIRST.size())));
        while (stories.size() < count) {
            stories.add(MORE.get(random.nextInt(MORE.size())));
        }
        return stories;
    }

    /**
     * Whether a branch of this size takes the story: a new member must not make it oversized (ZB-02), and a new
     * full member must not bring a branch without a committee to the seven full members that need one (ZB-17).
     */
    /** What the demo branch secretary and 机关党委 accounts find on their desks. */
    static final List<Story> SHOWCASE = List.of(Story.APPLIED, Story.AWAITING_PRE_REVIEW, Story.AWAITING_APPROVAL);

    private static boolean fits(Story story, Headcount count) {
        if (story.admits() && count.total() + 1 > MAX_BRANCH_SIZE) {
            return false;
        }
        return story != Story.FULL_MEMBER || count.full() >= 7;
    }

    private record Written(int assemblies, List<DemoIrregularity> irregularities) {
    }

    private Written writeCase(CasePlan plan, Branch branch, PersonGenerator people, Random random, LocalDate today) {
        AccessScope system = AccessScope.system();
        Person p = applicant(people, plan.appliedOn(), branch.publicInstitution());
        long caseId = recruitment.open(system, new OpenCase(branch.id(), p.name(), p.citizenId(), p.ethnicity(),
                p.education(), branch.unitId(), p.position(), p.phone(), plan.appliedOn(), "递交入党申请书"));
        List<Long> voters = new ArrayList<>(branch.voters().stream().map(RosterEntry::id).toList());
        Long talker = branch.organizerId() != null ? branch.organizerId() : branch.secretaryId();
        List<Long> others = new ArrayList<>(voters.stream().filter(id -> !Objects.equals(id, branch.secretaryId())).toList());
        Collections.shuffle(others, random);
        List<Long> mentors = others.subList(0, random.nextInt(10) < 7 ? 2 : 1);
        List<Long> sponsors = mentors.size() == 2 ? mentors : List.of(mentors.get(0), others.get(1));
        String committeeMember = null;
        List<DemoIrregularity> irregularities = new ArrayList<>();
        int assemblies = 0;
        for (Step s : plan.steps()) {
            if (s.kind().assembly()) {
                assembly(branch, caseId, s, p.name(), random);
                assemblies++;
                continue;
            }
            List<Long> who = switch (s.who()) {
                case TALKER -> List.of(talker);
                case MENTORS -> mentors;
                case SPONSORS -> sponsors;
                default -> List.of();
            };
            String other = null;
            if (s.who() == Who.PARTY_COMMITTEE) {
                committeeMember = committeeMember != null ? committeeMember : committeeMember(caseId, random);
                other = committeeMember;
            }
            recruitment.record(system, caseId, new RecordStep(s.kind(), s.on(), s.until(), who, other, s.days(),
                    s.hours(), null, s.result(), s.note(), s.justification()));
        }
        if (plan.closedOn() != null) {
            recruitment.close(system, caseId, plan.closedOn(), plan.closedReason());
        }
        DemoIrregularity.Kind kind = plan.story().planted();
        if (kind != null) {
            CaseView view = recruitment.get(system, caseId);
            Deadline missed = view.deadlines().stream()
                    .filter(d -> d.ruleId().equals(kind.rule()) && d.overdue(today)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(kind.rule() + " is not overdue for case " + caseId));
            irregularities.add(new DemoIrregularity(kind, kind.rule(), caseId, p.name() + "（" + branch.name() + "）",
                    "发展党员案例" + caseId + "：" + missed.message() + "，应在" + missed.dueOn() + "前完成“"
                            + missed.step().label() + "”，已逾期"));
        }
        return new Written(assemblies, irregularities);
    }

    /** An applicant whose 身份证号 nobody on the member roll has (the roll already holds thousands from the region). */
    private Person applicant(PersonGenerator people, LocalDate appliedOn, boolean publicInstitution) {
        while (true) {
            Person p = people.applicant(appliedOn, publicInstitution);
            if (members.list(AccessScope.system(), new MemberQuery(null, p.citizenId(), null, null, null, null, null,
                    null, null), new PageRequest(1, 1)).items().isEmpty()) {
                return p;
            }
        }
    }

    /**
     * The 支部党员大会 of an assembly step, recorded today: everyone on the roll is expected, most come, a voting
     * member who cannot hands in a written opinion, and every vote cast is in favour.
     */
    private long assembly(Branch branch, long caseId, Step s, String name, Random random) {
        MeetingDraft draft = meetings.draft(AccessScope.system(), branch.id(), MeetingType.BRANCH_ASSEMBLY, null);
        Long host = branch.secretaryId();
        Long recorder = draft.attendees().stream().filter(ExpectedAttendee::voting).map(ExpectedAttendee::memberId)
                .filter(id -> !id.equals(host)).findFirst().orElseThrow();
        List<RecordMeeting.Attendance> attendance = new ArrayList<>();
        int expected = (int) draft.votingCount();
        int present = 0;
        int written = 0;
        for (ExpectedAttendee a : draft.attendees()) {
            boolean keeps = a.memberId() == host || a.memberId() == recorder;
            boolean away = !keeps && random.nextInt(100) < 8;
            if (away && a.voting() && (present + remaining(draft, a)) * 2 <= expected + 2) {
                away = false;
            }
            if (away) {
                attendance.add(new RecordMeeting.Attendance(a.memberId(), AttendanceStatus.EXCUSED,
                        MeetingTexts.pick(MeetingTexts.REASONS, random)));
                written += a.voting() ? 1 : 0;
            } else {
                attendance.add(new RecordMeeting.Attendance(a.memberId(), AttendanceStatus.PRESENT, null));
                present += a.voting() ? 1 : 0;
            }
        }
        boolean admission = s.kind() == StepKind.ADMISSION_ASSEMBLY;
        RecordAssembly.Ballot ballot = new RecordAssembly.Ballot(caseId,
                MeetingTexts.pick(admission ? PERFORMANCE : PROBATION, random), present, 0, 0, written, 0, 0,
                s.result(), null, null);
        LocalTime time = LocalTime.of(9, 0).plusMinutes(30L * random.nextInt(15));
        return assemblies.recordAssemblyAsOf(AccessScope.system(), new RecordAssembly(branch.id(), s.kind(),
                s.on().atTime(time), MeetingTexts.pick(MeetingTexts.PLACES, random), host, recorder, attendance,
                List.of(ballot)), s.on());
    }

    /** Voting members after {@code a} in the draft, all assumed present: whether letting {@code a} go keeps a clear majority. */
    private static int remaining(MeetingDraft draft, ExpectedAttendee a) {
        int index = draft.attendees().indexOf(a);
        return (int) draft.attendees().subList(index + 1, draft.attendees().size()).stream()
                .filter(ExpectedAttendee::voting).count();
    }

    /** Who talks with the candidate for the approving 党委 (FZ-17): its 组织委员, another 委员, or its 组织员. */
    private String committeeMember(long caseId, Random random) {
        AccessScope system = AccessScope.system();
        CaseView view = recruitment.get(system, caseId);
        List<CommitteeView.PostHolder> posts = committees.current(system, view.approvingOrgId())
                .map(CommitteeView::posts).orElse(List.of());
        Optional<CommitteeView.PostHolder> organizer = posts.stream()
                .filter(h -> h.post() == CommitteePost.ORGANIZATION_MEMBER).findFirst()
                .or(() -> posts.stream().filter(h -> h.post() != CommitteePost.SECRETARY).findFirst());
        String body = view.approvingOrgName().contains("机关工作委员会") ? "机关工委" : "机关党委";
        return organizer.map(h -> body + (h.post() == CommitteePost.ORGANIZATION_MEMBER ? "组织委员 " : "委员 ")
                + h.holderName()).orElseGet(() -> body + "组织员 "
                + ChineseNames.fullName(random, random.nextBoolean() ? Gender.MALE : Gender.FEMALE, 45));
    }

    /** The branch's voters, secretary and 组织委员 and its unit; {@code null} when it has fewer than 3 voters. */
    private Branch branch(OrgUnitNode node) {
        AccessScope system = AccessScope.system();
        List<RosterEntry> voters = members.roster(system, node.id()).stream().filter(RosterEntry::votes)
                .sorted(Comparator.comparingLong(RosterEntry::id)).toList();
        OrgUnitView org = orgs.get(system, node.id());
        if (voters.size() < 3 || org.unitId() == null) {
            return null;
        }
        Set<Long> voting = new HashSet<>(voters.stream().map(RosterEntry::id).toList());
        List<CommitteeView.PostHolder> posts = committees.current(system, node.id()).map(CommitteeView::posts)
                .orElse(List.of());
        Long secretary = posts.stream().filter(h -> h.post() == CommitteePost.SECRETARY && voting.contains(h.memberId()))
                .map(CommitteeView.PostHolder::memberId).findFirst().orElse(voters.get(0).id());
        Long organizer = posts.stream()
                .filter(h -> h.post() == CommitteePost.ORGANIZATION_MEMBER && voting.contains(h.memberId()))
                .map(CommitteeView.PostHolder::memberId).findFirst().orElse(null);
        boolean institution = units.find(org.unitId()).map(u -> u.category() == UnitCategory.PUBLIC_INSTITUTION)
                .orElse(false);
        return new Branch(node.id(), node.name(), org.unitId(), institution, voters, secretary, organizer);
    }
}
