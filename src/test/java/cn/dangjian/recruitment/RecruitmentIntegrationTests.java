package cn.dangjian.recruitment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.MeetingView;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.MemberView;
import cn.dangjian.member.Members;
import cn.dangjian.member.MembershipStatus;
import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.Permission;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static cn.dangjian.recruitment.StepKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A recruitment case through the facade, from the application to 转正, on the real database. */
@IntegrationTest
class RecruitmentIntegrationTests {

    @Autowired
    Recruitment recruitment;
    @Autowired
    RecruitmentAssemblies assemblies;
    @Autowired
    RecruitmentPipeline pipeline;
    @Autowired
    Members members;
    @Autowired
    Meetings meetings;
    @Autowired
    OrgUnits orgs;
    @Autowired
    TestTree trees;
    @Autowired
    cn.dangjian.identity.AuditTrail audit;

    private static final java.util.concurrent.atomic.AtomicInteger PEOPLE = new java.util.concurrent.atomic.AtomicInteger();
    private final AccessScope system = AccessScope.system();

    /** A branch with the secretary and five more full members (six voters). */
    private long[] branch(TestTree.Tree t) {
        long[] ids = new long[6];
        ids[0] = t.memberA1();
        for (int i = 1; i < ids.length; i++) {
            ids[i] = members.create(system, TestTree.member("党员" + i, t.a1(), MemberKind.FULL));
        }
        return ids;
    }

    private OpenCase application(long orgId, String name, LocalDate appliedOn) {
        return new OpenCase(orgId, name, TestTree.citizenId(LocalDate.of(1998, 4, 12), 300 + PEOPLE.getAndIncrement(), false),
                Ethnicity.HAN, EducationLevel.MASTER, null, "科员", "13912345678", appliedOn, "递交入党申请书");
    }

    private static List<RecordMeeting.Attendance> attendance(long[] ids, int present) {
        List<RecordMeeting.Attendance> list = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            list.add(new RecordMeeting.Attendance(ids[i], i < present ? AttendanceStatus.PRESENT : AttendanceStatus.EXCUSED,
                    i < present ? null : "出差"));
        }
        return list;
    }

    @Test
    void aCaseOpenedUnderThe2014RulesWalksFromApplicationToFullMembership() {
        TestTree.Tree t = trees.build();
        long[] ids = branch(t);
        AccessScope branch = trees.subtreeScope(t.a1(), Permission.RECRUITMENT_VIEW, Permission.RECRUITMENT_RECORD,
                Permission.LIFE_VIEW, Permission.LIFE_RECORD, Permission.MEMBER_VIEW, Permission.ORG_VIEW);
        AccessScope committee = trees.subtreeScope(t.a());
        long id = recruitment.open(branch, application(t.a1(), "赵晓雯", LocalDate.of(2024, 3, 1)));

        CaseView opened = recruitment.get(branch, id);
        assertThat(opened.ruleVersion()).isEqualTo(RuleVersion.FZ2014);
        assertThat(opened.stage()).isEqualTo(Stage.APPLICANT);
        assertThat(opened.gender()).isNotNull();
        assertThat(opened.approvingOrgId()).isEqualTo(t.a());
        assertThat(opened.deadlines()).extracting(Deadline::ruleId).containsExactly("FZ-03");
        assertThat(opened.deadlines().get(0).dueOn()).isEqualTo(LocalDate.of(2024, 4, 1));

        recruitment.record(branch, id, RecordStep.on(APPLICATION_TALK, LocalDate.of(2024, 3, 20)).withMembers(List.of(ids[0])));
        recruitment.record(branch, id, RecordStep.on(ACTIVIST_DESIGNATION, LocalDate.of(2024, 4, 15))
                .withUntil(LocalDate.of(2024, 4, 20)).withNote("党员推荐"));
        recruitment.record(branch, id, RecordStep.on(MENTORS, LocalDate.of(2024, 4, 16)).withMembers(List.of(ids[1], ids[2])));
        recruitment.record(branch, id, RecordStep.on(ASSESSMENT, LocalDate.of(2024, 10, 10)).withNote("表现良好"));
        recruitment.record(branch, id, RecordStep.on(ASSESSMENT, LocalDate.of(2025, 4, 10)).withNote("表现良好"));
        assertThat(recruitment.get(branch, id).stage()).isEqualTo(Stage.ACTIVIST);

        assertThatThrownBy(() -> recruitment.record(branch, id, RecordStep.on(CANDIDATE_DESIGNATION, LocalDate.of(2025, 4, 14))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("一年以上").hasMessageContaining("FZ-08");
        recruitment.record(branch, id, RecordStep.on(CANDIDATE_DESIGNATION, LocalDate.of(2025, 4, 15)));
        recruitment.record(branch, id, RecordStep.on(SPONSORS, LocalDate.of(2025, 4, 16)).withMembers(List.of(ids[1], ids[2])));
        recruitment.record(branch, id, RecordStep.on(POLITICAL_REVIEW, LocalDate.of(2025, 5, 10)).withResult(StepResult.PASSED));
        recruitment.record(branch, id, RecordStep.on(TRAINING, LocalDate.of(2025, 5, 12)).withUntil(LocalDate.of(2025, 5, 14))
                .withTraining(3, 24));
        assertThatThrownBy(() -> recruitment.record(branch, id, RecordStep.on(PRE_REVIEW, LocalDate.of(2025, 5, 20))
                .withResult(StepResult.PASSED)))
                .as("预审 is the 党委's step: a branch scope may not record it").isInstanceOf(ForbiddenException.class);
        recruitment.record(committee, id, RecordStep.on(PRE_REVIEW, LocalDate.of(2025, 5, 20)).withResult(StepResult.PASSED));

        long meetingId = assemblies.recordAssembly(branch, new RecordAssembly(t.a1(), ADMISSION_ASSEMBLY,
                LocalDateTime.of(2025, 6, 20, 15, 0), "三楼会议室", ids[0], ids[1], attendance(ids, 5),
                List.of(new RecordAssembly.Ballot(id, "政治立场坚定，工作积极", 4, 1, 0, 1, 0, 0, null, null, null))));
        MeetingView meeting = meetings.get(system, meetingId);
        assertThat(meeting.type()).isEqualTo(MeetingType.BRANCH_ASSEMBLY);
        assertThat(meeting.agenda()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("讨论接收赵晓雯同志为预备党员");
            assertThat(item.vote().secretBallot()).isTrue();
            assertThat(item.outcome().passed()).isTrue();
            assertThat(item.outcome().message()).contains("赞成5票").contains("含未到会党员书面意见1份");
        });

        recruitment.record(committee, id, RecordStep.on(APPROVAL_TALK, LocalDate.of(2025, 7, 1)).withOtherPerson("组织员 刘建国"));
        recruitment.record(committee, id, RecordStep.on(ADMISSION_APPROVAL, LocalDate.of(2025, 8, 10)).withResult(StepResult.PASSED));
        CaseView admitted = recruitment.get(branch, id);
        assertThat(admitted.stage()).isEqualTo(Stage.PROBATIONARY);
        assertThat(admitted.probationStart()).as("FZ-21: from the assembly, not the approval").isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(admitted.fullFrom()).isEqualTo(LocalDate.of(2026, 6, 20));
        MemberView member = members.get(system, admitted.memberId());
        assertThat(member.kind()).isEqualTo(MemberKind.PROBATIONARY);
        assertThat(member.joinedOn()).as("入党时间 = the assembly's date (DF-08 dues from then)").isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(member.appliedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(member.orgId()).isEqualTo(t.a1());

        recruitment.record(branch, id, RecordStep.on(OATH, LocalDate.of(2025, 8, 20)));
        recruitment.record(branch, id, RecordStep.on(CONFIRMATION_APPLICATION, LocalDate.of(2026, 6, 1)));
        List<RecordMeeting.Attendance> everyone = meetings.draft(system, t.a1(), MeetingType.BRANCH_ASSEMBLY, null)
                .attendees().stream().map(a -> new RecordMeeting.Attendance(a.memberId(), AttendanceStatus.PRESENT, null))
                .toList();
        assertThat(everyone).as("the probationary member attends, without a vote").hasSize(7);
        assemblies.recordAssembly(branch, new RecordAssembly(t.a1(), CONFIRMATION_ASSEMBLY,
                LocalDateTime.of(2026, 6, 25, 15, 0), "三楼会议室", ids[0], ids[1], everyone,
                List.of(new RecordAssembly.Ballot(id, "预备期间表现良好", 6, 0, 0, 0, 0, 0, StepResult.CONFIRM, null, null))));
        recruitment.record(committee, id, RecordStep.on(CONFIRMATION_APPROVAL, LocalDate.of(2026, 7, 10)).withResult(StepResult.CONFIRM));

        CaseView full = recruitment.get(branch, id);
        assertThat(full.stage()).isEqualTo(Stage.FULL);
        assertThat(full.deadlines()).isEmpty();
        MemberView confirmed = members.get(system, full.memberId());
        assertThat(confirmed.kind()).isEqualTo(MemberKind.FULL);
        assertThat(confirmed.confirmedOn()).as("FZ-24: 党龄 from the end of probation").isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(full.steps()).extracting(CaseStep::kind).containsSubsequence(APPLICATION, APPLICATION_TALK,
                ACTIVIST_DESIGNATION, CANDIDATE_DESIGNATION, ADMISSION_ASSEMBLY, ADMISSION_APPROVAL, CONFIRMATION_APPROVAL);
    }

    @Test
    void aStepOutsideAWaivableWindowNeedsAJustificationThatIsKept() {
        TestTree.Tree t = trees.build();
        long[] ids = branch(t);
        long id = recruitment.open(system, application(t.a1(), "钱思远", LocalDate.of(2025, 1, 6)));
        assertThatThrownBy(() -> recruitment.record(system, id, RecordStep.on(APPLICATION_TALK, LocalDate.of(2025, 2, 10))
                .withMembers(List.of(ids[0]))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("情况说明").hasMessageContaining("FZ-03");
        recruitment.record(system, id, RecordStep.on(APPLICATION_TALK, LocalDate.of(2025, 2, 10)).withMembers(List.of(ids[0]))
                .withJustification("申请人春节期间在外地，返岗后即谈话"));
        CaseStep talk = recruitment.get(system, id).last(APPLICATION_TALK);
        assertThat(talk.waivedRules()).containsExactly("FZ-03");
        assertThat(talk.justification()).isEqualTo("申请人春节期间在外地，返岗后即谈话");
        assertThat(recruitment.get(system, id).justified()).containsExactly(talk);
    }

    @Test
    void openingNamesEachBadFieldAndRefusesAnApplicantUnder18() {
        TestTree.Tree t = trees.build();
        assertThatThrownBy(() -> recruitment.open(system, new OpenCase(t.a1(), " ", "123", null, null, null, null, null,
                null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("姓名：不能为空").hasMessageContaining("身份证号").hasMessageContaining("民族")
                .hasMessageContaining("申请日期：不能为空");
        String minor = TestTree.citizenId(LocalDate.of(2008, 12, 1), 77, true);
        assertThatThrownBy(() -> recruitment.open(system, new OpenCase(t.a1(), "孙小明", minor, Ethnicity.HAN, null, null,
                null, null, LocalDate.of(2026, 11, 1), null)))
                .hasMessageContaining("年满十八岁").hasMessageContaining("FZ-01");
    }

    @Test
    void aSiblingBranchCannotSeeOrChangeTheCaseAndTheApproverIsThePartyCommittee() {
        TestTree.Tree t = trees.build();
        long id = recruitment.open(system, application(t.a1(), "周雨桐", LocalDate.of(2026, 6, 1)));
        AccessScope sibling = trees.subtreeScope(t.a2());
        assertThatThrownBy(() -> recruitment.get(sibling, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> recruitment.record(sibling, id, RecordStep.on(APPLICATION_TALK, LocalDate.of(2026, 6, 5))
                .withMembers(List.of(t.memberA2())))).isInstanceOf(NotFoundException.class);
        assertThat(recruitment.list(sibling, CaseQuery.all(), new PageRequest(1, 20)).items()).isEmpty();
        assertThat(recruitment.list(trees.subtreeScope(t.a1()), CaseQuery.all(), new PageRequest(1, 20)).items())
                .extracting(CaseRow::id).containsExactly(id);
        assertThat(pipeline.pipeline(trees.subtreeScope(t.a()), t.a()))
                .filteredOn(r -> r.orgId() == t.a1()).singleElement()
                .satisfies(r -> assertThat(r.applicants()).isEqualTo(1));
        assertThat(pipeline.pipeline(trees.subtreeScope(t.a()), t.a()))
                .filteredOn(r -> r.orgId() == t.a2()).singleElement()
                .satisfies(r -> assertThat(r.open()).isZero());
    }

    @Test
    void aBranchUnderAGeneralBranchIsApprovedByTheWorkCommitteeWhenThereIsNoPartyCommittee() {
        TestTree.Tree t = trees.build();
        long general = orgs.create(system, new NewOrgUnit(t.root(), OrgType.GENERAL_BRANCH, "测试直属总支", null, null, null));
        long branch = orgs.create(system, new NewOrgUnit(general, OrgType.BRANCH, "测试直属总支第一支部", null, null, null));
        long id = recruitment.open(system, application(branch, "吴佳怡", LocalDate.of(2026, 6, 1)));
        assertThat(recruitment.get(system, id).approvingOrgId()).as("FZ-16: a 总支 cannot approve").isEqualTo(t.root());
    }

    @Test
    void aSponsorUnderPartyProbationIsRefused() {
        TestTree.Tree t = trees.build();
        long[] ids = branch(t);
        MemberView m = members.get(system, ids[3]);
        members.changeStatus(system, ids[3], new cn.dangjian.member.StatusChange(
                cn.dangjian.member.StatusChangeType.PARTY_PROBATION, LocalDate.of(2025, 1, 1), "违纪", m.version()));
        assertThat(members.get(system, ids[3]).status()).isEqualTo(MembershipStatus.PARTY_PROBATION);
        long id = recruitment.open(system, application(t.a1(), "郑浩然", LocalDate.of(2024, 1, 8)));
        recruitment.record(system, id, RecordStep.on(APPLICATION_TALK, LocalDate.of(2024, 1, 20)).withMembers(List.of(ids[0])));
        recruitment.record(system, id, RecordStep.on(ACTIVIST_DESIGNATION, LocalDate.of(2024, 3, 1)));
        recruitment.record(system, id, RecordStep.on(MENTORS, LocalDate.of(2024, 3, 2)).withMembers(List.of(ids[1])));
        recruitment.record(system, id, RecordStep.on(CANDIDATE_DESIGNATION, LocalDate.of(2025, 3, 3)));
        assertThatThrownBy(() -> recruitment.record(system, id, RecordStep.on(SPONSORS, LocalDate.of(2025, 3, 4))
                .withMembers(List.of(ids[1], ids[3]))))
                .hasMessageContaining("留党察看").hasMessageContaining("FZ-09");
    }

    @Test
    void aClosedCaseTakesNoMoreStepsAndAMovedBranchTakesItsCasesToTheNewCommittee() {
        TestTree.Tree t = trees.build();
        long[] ids = branch(t);
        long withdrawn = recruitment.open(system, application(t.a1(), "冯雅琴", LocalDate.of(2026, 6, 1)));
        recruitment.close(system, withdrawn, LocalDate.of(2026, 7, 1), "本人申请撤回");
        assertThat(recruitment.get(system, withdrawn).stage()).isEqualTo(Stage.CLOSED);
        assertThat(recruitment.get(system, withdrawn).closedReason()).isEqualTo("本人申请撤回");
        assertThat(audit.search(system, new cn.dangjian.identity.AuditQuery(null, "发展党员", String.valueOf(withdrawn), null,
                null), new PageRequest(1, 20)).items()).extracting(cn.dangjian.identity.AuditEntry::action)
                .containsExactlyInAnyOrder("递交入党申请书", "终止发展");
        assertThatThrownBy(() -> recruitment.record(system, withdrawn, RecordStep.on(APPLICATION_TALK,
                LocalDate.of(2026, 7, 2)).withMembers(List.of(ids[0])))).hasMessageContaining("已终止");

        long id = recruitment.open(system, application(t.a1(), "陈子涵", LocalDate.of(2026, 6, 1)));
        long other = orgs.create(system, new NewOrgUnit(t.root(), OrgType.PARTY_COMMITTEE, "测试另一机关党委", null, null, null));
        orgs.move(system, t.a1(), other, orgs.get(system, t.a1()).version());
        assertThat(recruitment.get(system, id).approvingOrgId()).isEqualTo(other);
        assertThat(pipeline.pipeline(trees.subtreeScope(other), other))
                .filteredOn(r -> r.orgId() == t.a1()).singleElement()
                .satisfies(r -> assertThat(r.applicants()).isEqualTo(1));
        assertThatThrownBy(() -> recruitment.get(trees.subtreeScope(t.a()), id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aProbationerWhoTransfersTakesTheCaseAlongAndOnlyThenMayTheDiscussionBePostponed() {
        TestTree.Tree t = trees.build();
        long[] ids = branch(t);
        long id = preReviewed(t, ids, "韩梦洁");
        assemblies.recordAssembly(system, new RecordAssembly(t.a1(), ADMISSION_ASSEMBLY, LocalDateTime.of(2025, 6, 20, 15, 0),
                null, ids[0], ids[1], attendance(ids, 6),
                List.of(new RecordAssembly.Ballot(id, "工作积极", 6, 0, 0, 0, 0, 0, null, null, null))));
        recruitment.record(system, id, RecordStep.on(APPROVAL_TALK, LocalDate.of(2025, 7, 1)).withOtherPerson("组织员"));
        recruitment.record(system, id, RecordStep.on(ADMISSION_APPROVAL, LocalDate.of(2025, 8, 10)).withResult(StepResult.PASSED));
        RecordStep postpone = RecordStep.on(TRANSFER_POSTPONEMENT, LocalDate.of(2026, 7, 1)).withMonths(3);
        assertThatThrownBy(() -> recruitment.record(system, id, postpone)).hasMessageContaining("转入").hasMessageContaining("FZ-25");

        long memberId = recruitment.get(system, id).memberId();
        MemberView member = members.get(system, memberId);
        cn.dangjian.member.MemberForm moved = new cn.dangjian.member.MemberForm(member.name(), member.gender(),
                member.ethnicity(), member.birthDate(), null, null, member.education(), null, null, null, member.position(),
                null, member.appliedOn(), member.joinedOn(), null, member.kind(), t.a2(), null, false, false, false);
        members.update(system, memberId, moved, member.version());

        CaseView transferred = recruitment.get(system, id);
        assertThat(transferred.orgId()).isEqualTo(t.a2());
        assertThat(transferred.probationStart()).as("probation keeps its dates").isEqualTo(LocalDate.of(2025, 6, 20));
        assertThatThrownBy(() -> recruitment.get(trees.subtreeScope(t.a1()), id)).isInstanceOf(NotFoundException.class);
        recruitment.record(trees.subtreeScope(t.a2()), id, postpone);
        assertThat(recruitment.get(system, id).deadlines()).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("FZ-25");
            assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 9, 20).plusDays(30));
        });
    }

    /** A 2014-rules case through 预审 on 2025-05-20, ready for the branch assembly. */
    private long preReviewed(TestTree.Tree t, long[] ids, String name) {
        long id = recruitment.open(system, application(t.a1(), name, LocalDate.of(2024, 3, 1)));
        recruitment.record(system, id, RecordStep.on(APPLICATION_TALK, LocalDate.of(2024, 3, 20)).withMembers(List.of(ids[0])));
        recruitment.record(system, id, RecordStep.on(ACTIVIST_DESIGNATION, LocalDate.of(2024, 4, 15)));
        recruitment.record(system, id, RecordStep.on(MENTORS, LocalDate.of(2024, 4, 16)).withMembers(List.of(ids[1])));
        recruitment.record(system, id, RecordStep.on(CANDIDATE_DESIGNATION, LocalDate.of(2025, 4, 15)));
        recruitment.record(system, id, RecordStep.on(SPONSORS, LocalDate.of(2025, 4, 16)).withMembers(List.of(ids[1], ids[2])));
        recruitment.record(system, id, RecordStep.on(POLITICAL_REVIEW, LocalDate.of(2025, 5, 10)).withResult(StepResult.PASSED));
        recruitment.record(system, id, RecordStep.on(TRAINING, LocalDate.of(2025, 5, 12)).withTraining(3, 24));
        recruitment.record(system, id, RecordStep.on(PRE_REVIEW, LocalDate.of(2025, 5, 20)).withResult(StepResult.PASSED));
        return id;
    }

    @Test
    void twoCandidatesAreVotedOnSeparatelyAndOneWhoIsNotPassedEndsTheCase() {
        TestTree.Tree t = trees.build();
        long[] ids = branch(t);
        long passed = preReviewed(t, ids, "邓晓峰");
        long failed = preReviewed(t, ids, "蒋丽娜");
        assertThat(assemblies.readyForAssembly(system, t.a1(), ADMISSION_ASSEMBLY)).extracting(CaseRow::id)
                .containsExactlyInAnyOrder(passed, failed);
        long meetingId = assemblies.recordAssembly(system, new RecordAssembly(t.a1(), ADMISSION_ASSEMBLY,
                LocalDateTime.of(2025, 6, 20, 15, 0), null, ids[0], ids[1], attendance(ids, 6), List.of(
                new RecordAssembly.Ballot(passed, "工作积极", 4, 2, 0, 0, 0, 0, null, null, null),
                new RecordAssembly.Ballot(failed, "群众反映一般", 3, 2, 1, 0, 0, 0, null, null, null))));
        assertThat(meetings.get(system, meetingId).agenda()).hasSize(2);
        assertThat(recruitment.get(system, passed).last(ADMISSION_ASSEMBLY).result()).isEqualTo(StepResult.PASSED);
        CaseView closed = recruitment.get(system, failed);
        assertThat(closed.stage()).as("3 of 6 is not more than half").isEqualTo(Stage.CLOSED);
        assertThat(closed.closedReason()).isEqualTo("支部党员大会讨论接收预备党员：未通过");
        assertThat(closed.last(ADMISSION_ASSEMBLY).vote()).contains("赞成3票").contains("未通过");
    }
}
