package cn.dangjian.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicInteger;

import cn.dangjian.calendar.WorkCalendar;
import cn.dangjian.calendar.WorkingDays;
import cn.dangjian.compliance.Compliance;
import cn.dangjian.compliance.Severity;
import cn.dangjian.identity.SignIn;
import cn.dangjian.life.MeetingQuery;
import cn.dangjian.life.MeetingRow;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.MeetingView;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.schedule.ItemState;
import cn.dangjian.member.Headcount;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.MemberQuery;
import cn.dangjian.member.MemberRow;
import cn.dangjian.member.MemberView;
import cn.dangjian.member.Members;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.CommitteeView;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnitQuery;
import cn.dangjian.org.Committees;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.recruitment.CaseDeadline;
import cn.dangjian.recruitment.CaseQuery;
import cn.dangjian.recruitment.CaseRow;
import cn.dangjian.recruitment.CaseStep;
import cn.dangjian.recruitment.CaseView;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.recruitment.RecruitmentPipeline;
import cn.dangjian.recruitment.Stage;
import cn.dangjian.recruitment.StepKind;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The district demo, generated into its own fresh root (other tests share the database). */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataGeneratorIntegrationTests {

    /** District numbers near the top of the range, far from the default demo and from each other per run. */
    private static final AtomicInteger DISTRICTS = new AtomicInteger(290);

    @Autowired
    Compliance compliance;
    @Autowired
    cn.dangjian.dues.DuesQueries dues;
    @Autowired
    cn.dangjian.dues.DuesOverview duesOverview;
    @Autowired
    cn.dangjian.dues.DuesReductions duesReductions;
    @Autowired
    cn.dangjian.dues.DuesVoluntary duesVoluntary;
    @Autowired
    cn.dangjian.dues.DuesRemittances duesRemittances;
    @Autowired
    DemoDataGenerator generator;
    @Autowired
    OrgUnits orgs;
    @Autowired
    Committees committees;
    @Autowired
    Members members;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Meetings meetings;
    @Autowired
    cn.dangjian.life.MeetingPlans plans;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    Recruitment recruitment;
    @Autowired
    RecruitmentPipeline pipeline;
    @Autowired
    cn.dangjian.transfer.Transfers transfers;
    @Autowired
    cn.dangjian.transfer.IncomingLetters incoming;
    @Autowired
    cn.dangjian.transfer.MobileMembers mobile;
    @Autowired
    cn.dangjian.duty.Tasks duty;
    @Autowired
    cn.dangjian.support.EventsSettled events;
    @Autowired
    cn.dangjian.duty.Inspections inspections;
    @Autowired
    cn.dangjian.responsibility.ResponsibilityLists lists;
    @Autowired
    cn.dangjian.responsibility.Reviews reviews;
    @Autowired
    cn.dangjian.responsibility.Assessments assessments;

    private final AccessScope system = AccessScope.system();
    private DemoDataReport report;
    private String suffix;
    private List<OrgUnitNode> tree;

    @BeforeAll
    void generate() {
        int district = DISTRICTS.getAndIncrement();
        suffix = ".t" + district;
        report = generator.generate(DemoTier.DISTRICT, district, suffix);
        events.await(); // listeners run after the demo's transactions: a received member's case follows them
        tree = orgs.search(system, new OrgUnitQuery(null, null, report.rootId(), false),
                new PageRequest(1, PageRequest.MAX_SIZE)).items();
    }

    @Test
    void aDistrictHasAbout150OrganizationsAnd3000Members() {
        assertThat(tree).hasSizeBetween(130, 170).hasSize(report.organizations());
        assertThat(members.headcount(system, report.rootId()).total()).isBetween(2_700L, 3_300L)
                .isEqualTo(report.members());
        assertThat(tree).filteredOn(o -> o.type() == OrgType.PARTY_COMMITTEE).isNotEmpty();
        assertThat(tree).filteredOn(o -> o.type() == OrgType.GENERAL_BRANCH).isNotEmpty();
        assertThat(tree).filteredOn(o -> o.type() == OrgType.JOINT_BRANCH).isNotEmpty();
        assertThat(tree).filteredOn(o -> o.type() == OrgType.PARTY_GROUP).isNotEmpty();
        assertThat(tree).extracting(OrgUnitNode::name).doesNotHaveDuplicates();
    }

    @Test
    void transfersStandInEveryStateAndTheShowcaseSecretaryHasOneToAccept() {
        List<cn.dangjian.transfer.TransferView> all = transfers.list(system, report.rootId());
        assertThat(all).extracting(cn.dangjian.transfer.TransferView::state).contains(
                cn.dangjian.transfer.TransferState.DRAFT, cn.dangjian.transfer.TransferState.APPROVING,
                cn.dangjian.transfer.TransferState.SENT, cn.dangjian.transfer.TransferState.RECEIVED);
        assertThat(all).as("one returned by the receiver and submitted again").anySatisfy(t -> {
            assertThat(t.submissions()).isEqualTo(2);
            assertThat(t.state()).isEqualTo(cn.dangjian.transfer.TransferState.APPROVING);
        });
        assertThat(all).as("a letter awaiting its 回执 and one whose 回执 came back").filteredOn(t -> t.letter() != null)
                .extracting(t -> t.letter().receiptReturnedOn() != null).containsExactlyInAnyOrder(false, true);
        java.time.LocalDate now = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(all).as("the letter awaiting its 回执 was valid 30 days and is more than a month past them")
                .filteredOn(t -> t.letter() != null && t.letter().receiptReturnedOn() == null)
                .singleElement().satisfies(t -> assertThat(t.letter().validThrough().plusMonths(1)).isBefore(now));
        assertThat(all).as("a whole office moved as one").filteredOn(cn.dangjian.transfer.TransferView::inBatch)
                .hasSize(4).allSatisfy(t -> {
                    assertThat(t.state()).isEqualTo(cn.dangjian.transfer.TransferState.SENT);
                    assertThat(t.batchSize()).isEqualTo(4);
                });
        DemoAccount secretary = report.accounts().stream().filter(a -> a.username().startsWith("zhibu")).findFirst().orElseThrow();
        AccessScope scope = signIn.scopeOf(secretary.username());
        assertThat(transfers.list(scope, scope.anchorOrgIds().get(0))).anySatisfy(t ->
                assertThat(t.state()).isEqualTo(cn.dangjian.transfer.TransferState.SENT));
        var arrived = incoming.list(scope, scope.anchorOrgIds().get(0), cn.dangjian.transfer.IncomingQuery.ALL,
                new PageRequest(1, 20)).items();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(arrived).as("a graduate whose 回执 is overdue and a cadre whose 回执 went back")
                .extracting(l -> l.receiptSent() ? "sent" : l.receiptOverdueOn(today) ? "overdue" : "due")
                .containsExactlyInAnyOrder("overdue", "sent");
        assertThat(arrived).allSatisfy(l -> assertThat(members.get(scope, l.memberId()).orgId())
                .isEqualTo(scope.anchorOrgIds().get(0)));
        var away = mobile.list(scope, scope.anchorOrgIds().get(0), cn.dangjian.transfer.MobileQuery.OPEN,
                new PageRequest(1, 20)).items();
        assertThat(away).as("three 流动党员: one at a fixed place, one never contacted, one called last month").hasSize(3)
                .allSatisfy(m -> assertThat(members.get(scope, m.memberId()).mobile()).isTrue());
        assertThat(away).filteredOn(m -> m.fixedPlace()).hasSize(1);
        assertThat(away).filteredOn(m -> m.nextContactDue().isBefore(today)).hasSize(1);
    }

    @Test
    void supervisedTasksStandInEveryStateAndTheShowcaseBranchHasOneToDo() {
        var all = duty.list(system, report.rootId(), cn.dangjian.duty.TaskQuery.ALL, new PageRequest(1, 50)).items();
        assertThat(all).as("a dozen tasks").hasSizeGreaterThanOrEqualTo(12);
        assertThat(all).extracting(cn.dangjian.duty.TaskRow::state).contains(cn.dangjian.duty.TaskState.OPEN,
                cn.dangjian.duty.TaskState.CLOSED, cn.dangjian.duty.TaskState.WITHDRAWN);
        assertThat(all).as("one overdue part").anyMatch(r -> r.overdue() > 0);
        assertThat(all).as("a report waiting for review").anyMatch(r -> r.reported() > 0);
        var generated = all.stream().filter(r -> r.title().contains("组织生活开展情况")).findFirst().orElseThrow();
        assertThat(duty.get(system, generated.id()).assignments()).anySatisfy(a ->
                assertThat(a.figures()).contains("组织生活开展情况", "支部党员大会"));
        var inspected = inspections.list(system, report.rootId()).stream()
                .filter(v -> v.kind() == cn.dangjian.duty.InspectionKind.CIRCUIT).toList();
        assertThat(inspected).as("a 巡察 of one 机关党委 with 8 problems").singleElement().satisfies(v -> {
            assertThat(v.items()).hasSize(8).anyMatch(cn.dangjian.duty.ItemView::immediate);
            assertThat(v.items()).extracting(cn.dangjian.duty.ItemView::state).contains(cn.dangjian.duty.ItemState.OPEN,
                    cn.dangjian.duty.ItemState.DONE, cn.dangjian.duty.ItemState.CLOSED);
            assertThat(v.items()).anyMatch(i -> i.overdueOn(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))));
            assertThat(v.leaderReportOn()).isNull();
        });
        DemoAccount secretary = report.accounts().stream().filter(a -> a.username().startsWith("zhibu")).findFirst().orElseThrow();
        AccessScope scope = signIn.scopeOf(secretary.username());
        assertThat(duty.list(scope, scope.anchorOrgIds().get(0), new cn.dangjian.duty.TaskQuery(
                cn.dangjian.duty.TaskQuery.Direction.RECEIVED, cn.dangjian.duty.TaskState.OPEN, false, null),
                new PageRequest(1, 20)).items()).hasSize(1);
    }

    @Test
    void theYearsDutiesAreListedAndTheSecretaryFindsADraftedReviewWithLastYearsProblems() {
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        DemoAccount secretary = report.accounts().stream().filter(a -> a.username().startsWith("zhibu")).findFirst().orElseThrow();
        AccessScope scope = signIn.scopeOf(secretary.username());
        long branch = scope.anchorOrgIds().get(0);
        var list = lists.binding(scope, branch, year).orElseThrow();
        assertThat(list.issuerOrgId()).isEqualTo(report.rootId());
        assertThat(lists.duties(scope, list.id(), branch).lines()).extracting(l -> l.status())
                .contains(cn.dangjian.responsibility.DutyStatus.STATED, cn.dangjian.responsibility.DutyStatus.NOT_EVIDENCED);
        assertThat(assessments.of(scope, branch, year)).get().satisfies(a ->
                assertThat(a.issuerOrgId()).isEqualTo(report.rootId()));
        var own = reviews.own(scope, branch);
        assertThat(own).extracting(r -> r.state()).contains(cn.dangjian.responsibility.ReviewState.ASSESSED);
        var last = own.stream().filter(r -> r.state() == cn.dangjian.responsibility.ReviewState.ASSESSED).findFirst().orElseThrow();
        assertThat(last.result()).isIn("好", "较好");
        var rounds = reviews.rounds(system, report.rootId());
        assertThat(rounds).extracting(r -> r.year()).contains(year - 1);
        assertThat(rounds).filteredOn(r -> r.year() == year - 1).allSatisfy(r ->
                assertThat(r.reviews()).extracting(v -> v.state()).containsOnly(cn.dangjian.responsibility.ReviewState.ASSESSED));
        // the problems raised last year: one closed, one still open and carried into this year's draft
        var carried = rounds.stream().filter(r -> r.year() == year).flatMap(r -> r.reviews().stream())
                .map(v -> reviews.get(system, v.reviewId())).filter(v -> !v.carried().isEmpty()).toList();
        if (java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getMonthValue() >= 11) {
            assertThat(carried).isNotEmpty().allSatisfy(v -> assertThat(v.carried()).extracting(i -> i.state())
                    .contains(cn.dangjian.duty.ItemState.CLOSED, cn.dangjian.duty.ItemState.OPEN));
            assertThat(carried.get(0).figures().value("组织生活", "支部党员大会")).matches("\\d+次");
        }
    }

    @Test
    void everyBranchHasACurrentCommitteeWithExactlyOneSecretary() {
        List<OrgUnitNode> branches = tree.stream().filter(o -> o.type().isBranch()).toList();
        assertThat(branches).hasSizeGreaterThan(100);
        for (OrgUnitNode branch : branches) {
            CommitteeView committee = committees.current(system, branch.id()).orElseThrow(
                    () -> new AssertionError(branch.name() + " has no committee"));
            assertThat(committee.posts()).as(branch.name())
                    .filteredOn(p -> p.post() == CommitteePost.SECRETARY).hasSize(1);
            Headcount count = members.headcount(system, branch.id());
            if (count.full() >= 7 && !isIrregular(DemoIrregularity.Kind.MISSING_COMMITTEE, branch.id())) {
                assertThat(committee.posts()).as(branch.name()).hasSizeBetween(3, 5)
                        .anySatisfy(p -> assertThat(p.post()).isEqualTo(CommitteePost.DISCIPLINE_MEMBER));
            }
            if (count.full() < 7) {
                assertThat(committee.posts()).as(branch.name()).hasSize(1);
            }
        }
        for (OrgUnitNode top : tree.stream().filter(o -> o.type() == OrgType.PARTY_COMMITTEE
                || o.type() == OrgType.GENERAL_BRANCH).toList()) {
            CommitteeView committee = committees.current(system, top.id()).orElseThrow();
            assertThat(committee.posts().stream().map(CommitteeView.PostHolder::memberId).distinct())
                    .as(top.name()).hasSizeBetween(5, 7);
            if (top.type() == OrgType.PARTY_COMMITTEE) {
                // JG-05: the 机关党委's 机关纪委 is recorded, led by one of its 副书记
                List<Long> deputies = committee.posts().stream().filter(p -> p.post() == CommitteePost.DEPUTY_SECRETARY)
                        .map(CommitteeView.PostHolder::memberId).toList();
                assertThat(committee.posts()).as(top.name())
                        .filteredOn(p -> p.post() == CommitteePost.DISCIPLINE_SECRETARY).singleElement()
                        .satisfies(p -> assertThat(deputies).contains(p.memberId()));
            }
            int years = top.type() == OrgType.PARTY_COMMITTEE ? 5 : 3;
            assertThat(committee.dueEndOn()).isEqualTo(committee.startedOn().plusYears(years));
        }
    }

    @Test
    void theDeliberateIrregularitiesAreThere() {
        LocalDate today = LocalDate.now(clock);
        assertThat(report.irregularities()).extracting(DemoIrregularity::kind)
                .contains(DemoIrregularity.Kind.values());
        for (DemoIrregularity irregularity : report.irregularities()) {
            long id = irregularity.subjectId();
            switch (irregularity.kind()) {
                case TERM_EXPIRED -> assertThat(committees.current(system, id).orElseThrow().dueEndOn())
                        .isBefore(today.minusYears(1));
                case TOO_FEW_FULL_MEMBERS -> assertThat(members.headcount(system, id).full()).isEqualTo(2);
                case OVERSIZED_BRANCH -> assertThat(members.headcount(system, id).total()).isGreaterThan(50);
                case MISSING_COMMITTEE -> {
                    assertThat(members.headcount(system, id).full()).isGreaterThanOrEqualTo(7);
                    assertThat(committees.current(system, id).orElseThrow().posts()).hasSize(1);
                }
                case UNIT_WITHOUT_BRANCH -> {
                    assertThat(tree).noneMatch(o -> irregularity.subjectName().equals(o.unitName()));
                    long full = jdbc.sql("SELECT count(*) FROM member WHERE unit_id = :unit AND kind = 'FULL'")
                            .param("unit", id).query(Long.class).single();
                    assertThat(full).isGreaterThanOrEqualTo(3);
                }
                case THEME_DAY_MISSED -> assertThat(overdue(id, MeetingType.THEME_DAY)).as(irregularity.description())
                        .isGreaterThanOrEqualTo(3);
                case ASSEMBLY_MISSED -> assertThat(overdue(id, MeetingType.BRANCH_ASSEMBLY))
                        .as(irregularity.description()).isGreaterThanOrEqualTo(1);
                case VOTE_WITHOUT_QUORUM -> {
                    assertThat(assemblies(id)).as(irregularity.description())
                            .anyMatch(m -> !m.quorumMet() && m.agenda().stream().anyMatch(i -> i.voted()
                                    && !i.outcome().quorumMet() && !i.outcome().passed()));
                    // and the compliance engine finds it: a ZB-08 violation leading to the meeting
                    compliance.reevaluateOrgs(List.of(id));
                    assertThat(compliance.workbench(system, id)).as(irregularity.description())
                            .anyMatch(f -> f.ruleId().equals("ZB-08") && f.severity() == Severity.VIOLATION
                                    && f.fixPath().equals("/meetings/" + f.subject()));
                }
                case LATE_ENTRY -> assertThat(list(new MeetingQuery(id, null, null, null, true)))
                        .as(irregularity.description()).isNotEmpty().allMatch(m -> m.daysLate() > 0);
                case DUES_LAPSE -> assertThat(dues.facts(List.of(id), today).get(id).arrears())
                        .as(irregularity.description()).anyMatch(a -> a.consecutive() >= 6);
                case REMITTANCE_LATE -> assertThat(dues.facts(List.of(id), today).get(id).remittances())
                        .as(irregularity.description()).anyMatch(p -> p.remittedOn() == null && p.dueBy().isBefore(today));
                case TALK_OVERDUE, ASSESSMENT_OVERDUE, APPROVAL_OVERDUE, CONFIRMATION_OVERDUE ->
                        assertThat(deadlines()).as(irregularity.description())
                                .anyMatch(d -> d.caseId() == id && d.deadline().ruleId().equals(irregularity.rule())
                                        && d.deadline().overdue(today));
            }
        }
    }

    @Test
    void aYearOfDuesIsAssessedPaidAndHandedUp() {
        LocalDate today = LocalDate.now(clock);
        java.time.YearMonth current = java.time.YearMonth.from(today);
        List<cn.dangjian.dues.SummaryRow> year = duesOverview.summary(system, report.rootId(), current.minusMonths(11),
                current.minusMonths(1));
        cn.dangjian.dues.SummaryRow total = year.get(year.size() - 1);
        assertThat(total.members()).isGreaterThan(2500);
        // most months are paid; the planted arrears keep it below everything
        assertThat(total.paid().value()).isGreaterThan(total.due().value() * 85 / 100).isLessThan(total.due().value());
        assertThat(total.backPaid().value()).isPositive();
        DemoAccount member = report.account("dangyuan");
        cn.dangjian.dues.MemberDues mine = duesOverview.memberYear(system, member.memberId(), today.getYear());
        assertThat(mine.current().calculation().monthly().value()).isPositive();
        assertThat(mine.arrears()).isEmpty();
        long branch = member.orgId();
        assertThat(duesReductions.list(system, report.rootId(), cn.dangjian.dues.ReductionStatus.APPROVED)).isNotEmpty();
        assertThat(duesVoluntary.list(system, branch, today.getYear())).anyMatch(cn.dangjian.dues.VoluntaryPayment::large);
        assertThat(duesRemittances.list(system, report.rootId(), today.getYear())).hasSizeGreaterThan(10);
    }

    @Test
    void theDemoAccountsExistAndTheBranchSecretarySeesOnlyTheirBranch() {
        assertThat(report.accounts()).extracting(DemoAccount::username).containsExactly("admin" + suffix, "anquan" + suffix,
                "gongwei" + suffix, "dangwei" + suffix, "zhibu" + suffix, "dangyuan" + suffix, "shenji" + suffix);
        report.accounts().forEach(a -> assertThat(signIn.scopeOf(a.username()).displayName()).isNotBlank());
        DemoAccount zhibu = report.account("zhibu");
        AccessScope scope = signIn.scopeOf(zhibu.username());
        assertThat(scope.anchorOrgIds()).containsExactly(zhibu.orgId());
        List<OrgUnitNode> visible = orgs.search(scope, OrgUnitQuery.all(), new PageRequest(1, 100)).items();
        assertThat(visible).extracting(OrgUnitNode::id).contains(zhibu.orgId());
        assertThat(visible).allMatch(o -> o.id() == zhibu.orgId() || o.parentId() == zhibu.orgId());
        List<MemberRow> rows = members.list(scope, MemberQuery.all(), new PageRequest(1, 500)).items();
        assertThat(rows).isNotEmpty().allMatch(r -> r.orgId() == zhibu.orgId());
        CommitteeView committee = committees.current(system, zhibu.orgId()).orElseThrow();
        assertThat(committee.posts()).filteredOn(p -> p.post() == CommitteePost.SECRETARY)
                .extracting(CommitteeView.PostHolder::memberId).containsExactly(zhibu.memberId());
        assertThat(report.account("dangyuan").orgId()).isEqualTo(zhibu.orgId());
        assertThat(orgs.ref(zhibu.orgId()).orElseThrow().parentId()).isEqualTo(report.account("dangwei").orgId());
        assertThat(signIn.scopeOf(report.account("dangyuan").username()).memberId())
                .isEqualTo(report.account("dangyuan").memberId());
    }

    @Test
    void mostBranchesHoldAYearOfMeetingsAndOnlyThePlantedGapsAreMissing() {
        LocalDate today = LocalDate.now(clock);
        List<OrgUnitNode> branches = tree.stream().filter(o -> o.type().isBranch()).toList();
        assertThat(report.meetings()).isBetween(25 * branches.size(), 60 * branches.size());
        long regular = branches.stream().filter(b -> list(new MeetingQuery(b.id(), MeetingType.THEME_DAY,
                today.minusMonths(12), today, false)).size() >= 10).count();
        assertThat(regular).isGreaterThanOrEqualTo(Math.round(branches.size() * 0.8));
        Set<Long> gaps = report.irregularities().stream()
                .filter(i -> i.kind() == DemoIrregularity.Kind.THEME_DAY_MISSED)
                .map(DemoIrregularity::subjectId).collect(Collectors.toSet());
        assertThat(gaps).hasSizeGreaterThanOrEqualTo(3);
        assertThat(branches).filteredOn(b -> !gaps.contains(b.id()))
                .allSatisfy(b -> assertThat(overdue(b.id(), MeetingType.THEME_DAY)).as(b.name()).isZero());
        List<MeetingRow> late = list(new MeetingQuery(report.rootId(), null, null, null, true));
        assertThat(late).extracting(MeetingRow::orgId).containsExactlyInAnyOrderElementsOf(report.irregularities()
                .stream().filter(i -> i.kind() == DemoIrregularity.Kind.LATE_ENTRY).map(DemoIrregularity::subjectId)
                .toList());
    }

    @Test
    void noMeetingIsDatedInTheFutureAndEveryAssemblyVoteAddsUp() {
        LocalDateTime now = LocalDateTime.now(clock);
        assertThat(list(new MeetingQuery(report.rootId(), null, now.toLocalDate(), null, false)))
                .allMatch(m -> !m.heldAt().isAfter(now));
        List<MeetingView> votes = new ArrayList<>();
        for (MeetingRow row : list(new MeetingQuery(report.rootId(), MeetingType.BRANCH_ASSEMBLY, null, null, false))) {
            MeetingView m = meetings.get(system, row.id());
            assertThat(m.heldAt().toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(16, 0));
            if (m.agenda().stream().anyMatch(MeetingView.AgendaItemView::voted)) {
                votes.add(m);
            }
        }
        assertThat(votes).hasSizeGreaterThan(50);
        for (MeetingView m : votes) {
            assertThat(m.present() + m.excused() + m.absent()).isEqualTo(m.expected());
            assertThat(m.quorumMet()).isEqualTo(m.votingPresent() * 2 > m.votingExpected());
            for (MeetingView.AgendaItemView item : m.agenda().stream().filter(MeetingView.AgendaItemView::voted).toList()) {
                assertThat(item.inFavour() + item.against() + item.abstaining()).isLessThanOrEqualTo(m.votingPresent());
                assertThat(item.outcome().passed()).as(m.orgName() + " " + m.heldAt())
                        .isEqualTo(m.quorumMet() && item.inFavour() * 2 > m.votingExpected())
                        .isEqualTo(m.quorumMet());
            }
        }
        assertThat(votes).filteredOn(m -> !m.quorumMet()).extracting(MeetingView::orgId).containsExactlyElementsOf(
                report.irregularities().stream().filter(i -> i.kind() == DemoIrregularity.Kind.VOTE_WITHOUT_QUORUM)
                        .map(DemoIrregularity::subjectId).toList());
    }

    @Test
    void meetingsFallOnWorkingDaysOfTheOfficialCalendarIncludingMakeUpWeekends() {
        WorkingDays days = calendar.workingDays();
        List<LocalDate> held = list(new MeetingQuery(report.rootId(), null, null, null, false)).stream()
                .map(m -> m.heldAt().toLocalDate()).toList();
        assertThat(held).isNotEmpty().allSatisfy(d -> assertThat(days.isWorkingDay(d)).as(d.toString()).isTrue());
        LocalDate historyStart = YearMonth.from(LocalDate.now(clock)).minusMonths(11).atDay(1);
        boolean windowHasMakeUpDays = historyStart.datesUntil(LocalDate.now(clock))
                .anyMatch(d -> d.getDayOfWeek().getValue() >= 6 && days.isWorkingDay(d));
        if (windowHasMakeUpDays) {
            // a secretary can hold a meeting on a 调休上班 Saturday or Sunday: the demo does too
            assertThat(held).anyMatch(d -> d.getDayOfWeek().getValue() >= 6);
        }
    }

    @Test
    void recruitmentCasesAreAtEveryStageAndOverdueUnderEachPlantedRule() {
        LocalDate today = LocalDate.now(clock);
        Map<Stage, List<CaseView>> cases = casesByStage();
        List<OrgUnitNode> branches = tree.stream().filter(o -> o.type().isBranch()).toList();
        List<CaseView> all = cases.values().stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(report.recruitmentCases()).hasSizeBetween(branches.size() / 5, branches.size() / 2);
        long secretaryBranch = report.account("zhibu").orgId();
        assertThat(all).extracting(CaseView::orgId).filteredOn(id -> id != secretaryBranch).doesNotHaveDuplicates();
        for (Stage stage : Stage.values()) {
            assertThat(cases.getOrDefault(stage, List.of())).as(stage.label()).isNotEmpty();
        }
        List<CaseDeadline> overdue = deadlines().stream().filter(d -> d.deadline().overdue(today)).toList();
        for (String rule : List.of("FZ-03", "FZ-06", "FZ-19", "FZ-22")) {
            assertThat(overdue).as(rule).anyMatch(d -> d.deadline().ruleId().equals(rule));
        }
        assertThat(overdue).as("only the planted cases are overdue").extracting(CaseDeadline::caseId)
                .containsExactlyInAnyOrderElementsOf(report.irregularities().stream()
                        .filter(i -> i.rule().startsWith("FZ-")).map(DemoIrregularity::subjectId).toList());
    }

    @Test
    void theDemoSecretaryAndPartyCommitteeFindCasesOnTheirDesks() {
        DemoAccount secretary = report.account("zhibu");
        DemoAccount committee = report.account("dangwei");
        List<CaseRow> mine = recruitment.list(system, new CaseQuery(secretary.orgId(), null, null, false, null),
                new PageRequest(1, 50)).items();
        assertThat(mine).extracting(CaseRow::stage).contains(Stage.APPLICANT, Stage.CANDIDATE);
        List<CaseRow> waiting = recruitment.list(system, new CaseQuery(null, null, null, false, committee.orgId()),
                new PageRequest(1, 50)).items();
        assertThat(waiting).filteredOn(r -> r.orgId() == secretary.orgId()).extracting(CaseRow::nextStep)
                .contains(StepKind.PRE_REVIEW, StepKind.ADMISSION_APPROVAL);
    }

    @Test
    void aCaseThatEndedInFullMembershipLeftAMemberWithTheDatesOfTheRules() {
        Map<Stage, List<CaseView>> cases = casesByStage();
        for (CaseView c : cases.get(Stage.FULL)) {
            LocalDate assembly = c.last(StepKind.ADMISSION_ASSEMBLY).on();
            MemberView member = members.get(system, c.memberId());
            assertThat(member.kind()).isEqualTo(MemberKind.FULL);
            assertThat(member.name()).isEqualTo(c.name());
            assertThat(member.orgId()).isEqualTo(c.orgId());
            assertThat(member.appliedOn()).isEqualTo(c.appliedOn());
            assertThat(member.joinedOn()).as("FZ-21: 入党 on the assembly's day").isEqualTo(assembly);
            assertThat(member.confirmedOn()).as("FZ-24: full a year later").isEqualTo(assembly.plusYears(1));
        }
        for (CaseView c : cases.get(Stage.PROBATIONARY)) {
            assertThat(members.get(system, c.memberId()).joinedOn()).isEqualTo(c.probationStart());
        }
    }

    @Test
    void applicantsAreAdultsOfTheirUnitAndLateStepsCarryTheirExplanation() {
        List<CaseView> views = casesByStage().values().stream().flatMap(List::stream).toList();
        for (CaseView c : views) {
            assertThat(Period.between(c.birthDate(), c.appliedOn()).getYears()).as(c.name()).isBetween(22, 40);
            assertThat(c.unitId()).isNotNull();
            assertThat(c.unitName()).isEqualTo(orgs.get(system, c.orgId()).unitName());
            assertThat(c.position()).isNotBlank();
            assertThat(c.name()).hasSizeBetween(2, 3);
        }
        List<CaseStep> justified = views.stream().flatMap(c -> c.justified().stream()).toList();
        assertThat(justified).extracting(CaseStep::kind).contains(StepKind.APPLICATION_TALK, StepKind.ADMISSION_APPROVAL);
        assertThat(justified).allSatisfy(s -> assertThat(s.justification()).isNotBlank());
        assertThat(views).filteredOn(c -> c.stage() == Stage.CLOSED)
                .allSatisfy(c -> assertThat(c.closedReason()).contains("撤回"));
    }

    /**
     * The district's cases by stage: the open ones as the case list shows them, the finished ones (full member,
     * closed), which the list leaves out, from the case table.
     */
    private Map<Stage, List<CaseView>> casesByStage() {
        List<Long> ids = new ArrayList<>();
        int page = 1;
        PageResult<CaseRow> result;
        do {
            result = recruitment.list(system, new CaseQuery(report.rootId(), null, null, false, null),
                    new PageRequest(page++, PageRequest.MAX_SIZE));
            result.items().forEach(r -> ids.add(r.id()));
        } while (result.hasNext());
        ids.addAll(jdbc.sql("SELECT id FROM recruitment_case WHERE org_path LIKE :prefix || '%' AND stage IN ('FULL', 'CLOSED')")
                .param("prefix", orgs.ref(report.rootId()).orElseThrow().path()).query(Long.class).list());
        return ids.stream().map(id -> recruitment.get(system, id)).collect(Collectors.groupingBy(CaseView::stage));
    }

    private List<CaseDeadline> deadlines() {
        Map<Long, List<CaseDeadline>> byOrg = pipeline.deadlines(tree.stream().map(OrgUnitNode::id).toList(),
                LocalDate.now(clock));
        return byOrg.values().stream().flatMap(List::stream).toList();
    }

    /** Overdue items of {@code type} in the plans, for periods inside the generated history (the last 12 months). */
    private long overdue(long branchId, MeetingType type) {
        LocalDate today = LocalDate.now(clock);
        LocalDate historyStart = YearMonth.from(today).minusMonths(11).atDay(1);
        long count = 0;
        for (int year = historyStart.getYear(); year <= today.getYear(); year++) {
            count += plans.plan(system, branchId, year).items(type).stream()
                    .filter(i -> i.state() == ItemState.OVERDUE && !i.period().start().isBefore(historyStart)).count();
        }
        return count;
    }

    private List<MeetingView> assemblies(long branchId) {
        return list(new MeetingQuery(branchId, MeetingType.BRANCH_ASSEMBLY, null, null, false)).stream()
                .map(r -> meetings.get(system, r.id())).toList();
    }

    private List<MeetingRow> list(MeetingQuery query) {
        List<MeetingRow> rows = new ArrayList<>();
        int page = 1;
        PageResult<MeetingRow> result;
        do {
            result = meetings.list(system, query, new PageRequest(page++, PageRequest.MAX_SIZE));
            rows.addAll(result.items());
        } while (result.hasNext());
        return rows;
    }

    private boolean isIrregular(DemoIrregularity.Kind kind, long orgId) {
        return report.irregularities().stream().anyMatch(i -> i.kind() == kind && i.subjectId() == orgId);
    }
}
