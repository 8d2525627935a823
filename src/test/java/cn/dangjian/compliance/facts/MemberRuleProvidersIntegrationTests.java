package cn.dangjian.compliance.facts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.compliance.FactProvider;
import cn.dangjian.compliance.FindingView;
import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.ComplianceRule;
import cn.dangjian.compliance.Severity;
import cn.dangjian.life.AppraisalRound;
import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.QuarterAttendance;
import cn.dangjian.life.RecordAppraisal;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.life.RecordTalk;
import cn.dangjian.life.Talks;
import cn.dangjian.life.Appraisals;
import cn.dangjian.member.MemberForm;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.member.StatusChange;
import cn.dangjian.member.StatusChangeType;
import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.SqlStatementTally;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four providers of the member rules on the real PostgreSQL: the facts match what was recorded, a batch costs
 * the same number of statements for one branch as for several, and the engine turns the facts into findings.
 */
@IntegrationTest
@Import(SqlStatementTally.class)
class MemberRuleProvidersIntegrationTests {

    @Autowired TestTree trees;
    @Autowired Members members;
    @Autowired Meetings meetings;
    @Autowired Talks talks;
    @Autowired Appraisals appraisals;
    @Autowired OrgUnits orgs;
    @Autowired Compliance compliance;
    @Autowired Clock clock;
    @Autowired QuorumFactProvider quorumFacts;
    @Autowired MemberLifeFactProvider memberLifeFacts;
    @Autowired AppraisalFactProvider appraisalFacts;
    @Autowired TalkFactProvider talkFacts;

    private final AccessScope system = AccessScope.system();

    @Test
    void quorumFailuresAreTheRecordedVotesWithoutQuorum() {
        TestTree.Tree t = trees.build();
        long m3 = member(t.a1(), "张三", false);
        long m4 = member(t.a1(), "周四", false);
        LocalDateTime held = today().minusDays(10).atTime(9, 0);
        long failed = meetings.record(system, meeting(t.a1(), MeetingType.BRANCH_ASSEMBLY, held, t.memberA1(),
                Map.of(t.memberA1(), AttendanceStatus.PRESENT, m3, AttendanceStatus.ABSENT, m4, AttendanceStatus.ABSENT),
                new RecordMeeting.Vote(1, 0, 0)));
        meetings.record(system, meeting(t.a2(), MeetingType.BRANCH_ASSEMBLY, held, t.memberA2(),
                Map.of(t.memberA2(), AttendanceStatus.PRESENT), new RecordMeeting.Vote(1, 0, 0)));
        List<OrgUnitRef> batch = orgs.refs(List.of(t.a(), t.a1(), t.a2()));

        List<OrgUnitRef> single = orgs.refs(List.of(t.a1()));
        var one = SqlStatementTally.tally(() -> quorumFacts.gather(single, today()));
        var all = SqlStatementTally.tally(() -> quorumFacts.gather(batch, today()));

        assertThat(all.statements()).isEqualTo(one.statements()).isEqualTo(1); // the failed votes
        assertThat(all.result()).containsOnlyKeys(t.a1(), t.a2());
        assertThat(all.result().get(t.a2()).failures()).isEmpty();
        assertThat(all.result().get(t.a1()).failures()).singleElement().satisfies(f -> {
            assertThat(f.meetingId()).isEqualTo(failed);
            assertThat(f.votingExpected()).isEqualTo(3);
            assertThat(f.votingPresent()).isEqualTo(1);
            assertThat(f.votedItems()).containsExactly("表决事项");
        });

        compliance.reevaluateSubtree(t.a());
        assertThat(open(t.a1(), "ZB-08")).filteredOn(f -> f.subject().equals(String.valueOf(failed)))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
                    assertThat(f.fixPath()).isEqualTo("/meetings/" + failed);
                });
        assertThat(open(t.a2(), "ZB-08")).noneMatch(f -> f.ruleCode().startsWith("meetings.vote-quorum"));
    }

    @Test
    void memberFactsFollowTheAttendanceRecordsAndStatus() {
        TestTree.Tree t = trees.build();
        long never = member(t.a1(), "张三", false);
        long excused = member(t.a1(), "周四", false);
        long cadre = member(t.a1(), "吴局长", true);
        long lost = member(t.a1(), "郑失联", false);
        LocalDate today = today();
        LocalDate first = today.minusMonths(8);
        LocalDate second = today.minusMonths(7);
        LocalDate third = today.minusMonths(1);
        for (LocalDate day : List.of(first, second, third)) {
            meetings.record(system, meeting(t.a1(), MeetingType.THEME_DAY, day.atTime(9, 0), t.memberA1(), Map.of(
                    t.memberA1(), AttendanceStatus.PRESENT, never, AttendanceStatus.ABSENT,
                    excused, day.equals(first) ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT,
                    cadre, AttendanceStatus.ABSENT, lost, AttendanceStatus.ABSENT), null));
        }
        members.changeStatus(system, lost, new StatusChange(StatusChangeType.LOST_CONTACT, second, "多方联系未果",
                members.get(system, lost).version()));
        member(t.a2(), "王五", true);

        List<OrgUnitRef> single = orgs.refs(List.of(t.a1()));
        List<OrgUnitRef> batch = orgs.refs(List.of(t.a(), t.a1(), t.a2()));
        var one = SqlStatementTally.tally(() -> memberLifeFacts.gather(single, today));
        var all = SqlStatementTally.tally(() -> memberLifeFacts.gather(batch, today));

        assertThat(all.statements()).isEqualTo(one.statements()).isEqualTo(3); // rolls, absence runs, cadres' quarters
        Map<Long, MemberLifeFacts.Member> a1 = new java.util.HashMap<>();
        all.result().get(t.a1()).members().forEach(m -> a1.put(m.member().id(), m));
        assertThat(a1).containsOnlyKeys(t.memberA1(), never, excused, cadre, lost);
        assertThat(a1.get(t.memberA1()).absences()).isNull();
        assertThat(a1.get(never).absences()).satisfies(r -> {
            assertThat(r.lastPresent()).isNull();
            assertThat(r.since()).isEqualTo(first);
            assertThat(r.absences()).isEqualTo(3);
        });
        assertThat(a1.get(excused).absences()).satisfies(r -> {
            assertThat(r.lastAccounted()).isEqualTo(first);
            assertThat(r.firstAbsence()).isEqualTo(second);
            assertThat(r.absences()).isEqualTo(2);
        });
        assertThat(a1.get(lost).member().lostContactSince()).isEqualTo(second);
        assertThat(a1.get(cadre).member().leadingCadre()).isTrue();
        int expectedAtA1 = a1.get(cadre).quarters().stream().mapToInt(QuarterAttendance::expected).sum();
        assertThat(expectedAtA1).isEqualTo((int) List.of(first, second, third).stream()
                .filter(d -> !d.isBefore(quarterStart(today).minusMonths(12))).count());
        assertThat(a1.get(cadre).quarters()).allSatisfy(q -> assertThat(q.present()).isZero());
        assertThat(a1.get(t.memberA1()).quarters()).isEmpty(); // only leading cadres' quarters are read

        compliance.reevaluateSubtree(t.a());
        assertThat(open(t.a1(), "JY-12")).extracting(FindingView::subject)
                .containsExactlyInAnyOrder(String.valueOf(never), String.valueOf(excused), String.valueOf(cadre));
        assertThat(open(t.a1(), "JY-08")).extracting(FindingView::subject).containsExactly(String.valueOf(lost));
        assertThat(open(t.a1(), "JG-09")).isNotEmpty().allSatisfy(f -> {
            assertThat(f.subject()).startsWith(cadre + "/");
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        });
    }

    @Test
    void appraisalFactsAreTheRecordedRoundsAndTheBranchesFoundingDates() {
        TestTree.Tree t = trees.build();
        int year = today().getYear();
        appraisals.record(system, new RecordAppraisal(t.a1(), year - 1, LocalDate.of(year - 1, 12, 20), null,
                List.of(new RecordAppraisal.Entry(t.memberA1(), null, null, AppraisalRound.DEFAULT_GRADES.get(1), null))));
        long late = orgs.create(system, new NewOrgUnit(t.a(), OrgType.BRANCH, "新设党支部" + t.a(), null,
                LocalDate.of(year, 10, 8), null));
        member(late, "冯新", false);

        List<OrgUnitRef> single = orgs.refs(List.of(t.a1()));
        List<OrgUnitRef> batch = orgs.refs(List.of(t.a(), t.a1(), t.a2(), late));
        var one = SqlStatementTally.tally(() -> appraisalFacts.gather(single, today()));
        var all = SqlStatementTally.tally(() -> appraisalFacts.gather(batch, today()));

        assertThat(all.statements()).isEqualTo(one.statements()).isEqualTo(2); // rounds, founding dates
        assertThat(all.result()).containsOnlyKeys(t.a1(), t.a2(), late);
        assertThat(all.result().get(t.a1()).heldIn(year - 1)).contains(LocalDate.of(year - 1, 12, 20));
        assertThat(all.result().get(t.a2()).heldOn()).isEmpty();
        assertThat(all.result().get(late).establishedOn()).isEqualTo(LocalDate.of(year, 10, 8));

        // the ZB-16 rule over these facts on the last day of the first quarter, when last year is still listed
        // (evaluated directly: the engine's own passes use the real date and run in the background)
        LocalDate firstQuarter = LocalDate.of(year, 3, 31);
        Map<Long, AppraisalFacts> facts = appraisalFacts.gather(batch, firstQuarter);
        ComplianceRule rule = rules.stream().filter(r -> r.ruleId().equals("ZB-16")).findFirst().orElseThrow();
        java.util.function.LongFunction<List<String>> subjects = orgId -> {
            OrgUnitRef ref = orgs.ref(orgId).orElseThrow();
            return rule.evaluate(new OrgFacts(ref, Map.of(AppraisalFacts.class, facts.get(orgId))),
                            new RuleContext(firstQuarter, ruleParameters.valuesFor(ref.path(), firstQuarter)))
                    .stream().map(FindingDraft::subject).toList();
        };
        assertThat(subjects.apply(t.a1())).doesNotContain(String.valueOf(year - 1));
        assertThat(subjects.apply(t.a2())).contains(String.valueOf(year - 1));
        assertThat(subjects.apply(late)).isEmpty();
    }

    @Test
    void talkFactsGiveTheSameCoverageAsTheTalksPage() {
        TestTree.Tree t = trees.build();
        long m3 = member(t.a1(), "张三", false);
        long m4 = member(t.a1(), "周四", false);
        member(t.a2(), "王五", false);
        talks.record(system, new RecordTalk(t.a1(), today().minusDays(3), t.memberA1(), m3, "工作思想交流", null));

        List<OrgUnitRef> single = orgs.refs(List.of(t.a1()));
        List<OrgUnitRef> batch = orgs.refs(List.of(t.a(), t.a1(), t.a2()));
        var one = SqlStatementTally.tally(() -> talkFacts.gather(single, today()));
        var all = SqlStatementTally.tally(() -> talkFacts.gather(batch, today()));

        // per year: rolls, current terms (their posts only when a term exists), talks; then founding dates
        assertThat(all.statements()).isEqualTo(one.statements()).isEqualTo(7);
        assertThat(all.result()).containsOnlyKeys(t.a1(), t.a2());
        TalkFacts a1 = all.result().get(t.a1());
        assertThat(a1.thisYear().talks()).hasSize(1);
        assertThat(a1.thisYear().roster()).extracting(p -> p.memberId()).containsExactlyInAnyOrder(t.memberA1(), m3, m4);
        assertThat(a1.thisYear().coverage(1)).isEqualTo(talks.coverage(system, t.a1(), today().getYear()));
        assertThat(a1.lastYear().talks()).isEmpty();

        compliance.reevaluateSubtree(t.a());
        assertThat(open(t.a1(), "ZB-15")).extracting(FindingView::subject).contains(String.valueOf(today().getYear()));
    }

    // --- helpers -----------------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    @Autowired
    List<ComplianceRule> rules;
    @Autowired
    cn.dangjian.parameters.RuleParameters ruleParameters;

    private List<FindingView> open(long orgId, String ruleId) {
        return compliance.workbench(system, orgId).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private long member(long orgId, String name, boolean cadre) {
        MemberForm f = TestTree.member(name + orgId, orgId, MemberKind.FULL);
        return members.create(system, new MemberForm(f.name(), f.gender(), f.ethnicity(), f.birthDate(), f.citizenId(),
                f.nativePlace(), f.education(), f.degree(), f.occupation(), f.unitId(), f.position(), f.phone(),
                f.appliedOn(), f.joinedOn(), f.confirmedOn(), f.kind(), f.orgId(), f.partyGroupId(), cadre, false, false));
    }

    private static RecordMeeting meeting(long orgId, MeetingType type, LocalDateTime heldAt, long host,
                                         Map<Long, AttendanceStatus> attendance, RecordMeeting.Vote vote) {
        List<RecordMeeting.Attendance> rows = new ArrayList<>();
        attendance.forEach((id, status) -> rows.add(new RecordMeeting.Attendance(id, status,
                status == AttendanceStatus.EXCUSED ? "出差" : null)));
        return new RecordMeeting(orgId, type, null, "会议" + heldAt.toLocalDate(), null, heldAt, "会议室", host, host,
                rows, List.of(new RecordMeeting.AgendaItem("表决事项", null, null, vote)));
    }
}
