package cn.dangjian.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.dues.ApplyReduction;
import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.DuesPayments;
import cn.dangjian.dues.DuesReductions;
import cn.dangjian.dues.DuesRemittances;
import cn.dangjian.dues.DuesVoluntary;
import cn.dangjian.dues.PaymentMethod;
import cn.dangjian.dues.RecordPayment;
import cn.dangjian.dues.RecordRemittance;
import cn.dangjian.identity.SignIn;
import cn.dangjian.life.Appraisals;
import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.CriticismNotes;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordAppraisal;
import cn.dangjian.life.RecordCriticismNote;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.life.RecordTalk;
import cn.dangjian.life.Rectifications;
import cn.dangjian.life.StudyPlan;
import cn.dangjian.life.StudyPlans;
import cn.dangjian.life.Talks;
import cn.dangjian.member.MemberForm;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.member.RosterImports;
import cn.dangjian.member.excel.RosterFiles;
import cn.dangjian.org.Committees;
import cn.dangjian.identity.ApiTokens;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.NewTerm;
import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.NewUnit;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.UnitCategory;
import cn.dangjian.org.Units;
import cn.dangjian.org.TermFormation;
import cn.dangjian.recruitment.OpenCase;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.support.TestTree;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One organization's worth of private records of every kind, each text carrying a marker (机密乙…) that no
 * response to an outsider may contain: members, a committee, a meeting with a leave reason and minutes, a
 * 组织生活会 with criticism and a rectification item, a talk, an appraisal, a study plan, a recruitment case, a
 * roster import, compliance findings, a statement under its 党委's 责任清单 and the assessment its 党委 chose.
 */
@Component
class SweepFixture {

    @Autowired OrgUnits orgs;
    @Autowired Units units;
    @Autowired Members members;
    @Autowired Committees committees;
    @Autowired Meetings meetings;
    @Autowired Talks talks;
    @Autowired Appraisals appraisals;
    @Autowired CriticismNotes criticismNotes;
    @Autowired Rectifications rectifications;
    @Autowired StudyPlans studyPlans;
    @Autowired Recruitment recruitment;
    @Autowired RosterImports imports;
    @Autowired cn.dangjian.dues.DuesImports duesImports;
    @Autowired Compliance compliance;
    @Autowired TestTree trees;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired SignIn signIn;
    @Autowired DuesAssessments duesAssessments;
    @Autowired DuesPayments duesPayments;
    @Autowired DuesReductions duesReductions;
    @Autowired DuesVoluntary duesVoluntary;
    @Autowired DuesRemittances duesRemittances;
    @Autowired cn.dangjian.transfer.Transfers transfers;
    @Autowired cn.dangjian.transfer.IncomingLetters incoming;
    @Autowired cn.dangjian.transfer.MobileMembers mobile;
    @Autowired cn.dangjian.duty.Tasks tasks;
    @Autowired cn.dangjian.duty.TaskAssignments parts;
    @Autowired cn.dangjian.duty.Inspections inspections;
    @Autowired cn.dangjian.responsibility.ResponsibilityLists lists;
    @Autowired cn.dangjian.responsibility.Reviews reviews;
    @Autowired cn.dangjian.responsibility.Assessments assessments;

    /**
     * The ids of one organization's records that outsiders must not reach. {@code meetingId} is a meeting the
     * sweeping account was not expected at.
     */
    record Target(String marker, long orgId, long memberId, long meetingId, long rectificationId, long caseId,
                  long findingId, UUID importId, long unitId, long accountId, long tokenId, Dues dues,
                  long transferId, long incomingId, long mobileId, long taskId, long partId, long inspectionId,
                  long itemId, long listId, long dutyId, long reviewId, long assessmentId) {

        Map<String, Object> ids() {
            return Map.ofEntries(Map.entry("orgs", orgId), Map.entry("members", memberId),
                    Map.entry("meetings", meetingId), Map.entry("cases", caseId), Map.entry("findings", findingId),
                    Map.entry("imports", importId), Map.entry("rectifications", rectificationId),
                    Map.entry("units", unitId), Map.entry("accounts", accountId), Map.entry("tokens", tokenId),
                    Map.entry("reductions", dues.reductionId()), Map.entry("voluntary", dues.voluntaryId()),
                    Map.entry("payments", dues.paymentUpload()), Map.entry("bases", dues.baseUpload()),
                    Map.entry("transfers", transferId), Map.entry("incoming", incomingId),
                    Map.entry("mobile-members", mobileId), Map.entry("tasks", taskId), Map.entry("parts", partId),
                    Map.entry("inspections", inspectionId), Map.entry("duties", listId), Map.entry("reviews", reviewId),
                    Map.entry("assessments", assessmentId));
        }
    }

    /**
     * The dues records of the organization: the first member's assessment and payment row, a reduction, a voluntary
     * payment, and a bank export and a payroll held for import by the branch's own account.
     */
    record Dues(long assessmentId, long paymentRowId, long reductionId, long voluntaryId, UUID paymentUpload,
                UUID baseUpload) {
    }

    /**
     * Fills a branch with private records. With {@code colleaguesOf} set (a member of the branch who sweeps),
     * names stay plain — that member may see colleagues' names — and only private texts carry the marker; the
     * meeting is a 党小组会 of a group that member is not in.
     */
    Target populate(long orgId, String marker, Long colleaguesOf) {
        AccessScope system = AccessScope.system();
        boolean sameBranch = colleaguesOf != null;
        long group = orgs.create(system, new NewOrgUnit(orgId, OrgType.PARTY_GROUP, "巡检党小组" + orgId, null, null, null));
        long first = members.create(system, person(sameBranch ? "赵同事" : marker + "党员", orgId, group, marker));
        long second = members.create(system, person(sameBranch ? "钱同事" : marker + "同志", orgId, group, marker));
        LocalDate day = LocalDate.now().minusDays(2);
        committees.recordTerm(system, orgId, new NewTerm(1, day.minusYears(1), day.plusYears(2), TermFormation.ELECTED,
                List.of(new NewTerm.Assignment(CommitteePost.SECRETARY, first),
                        new NewTerm.Assignment(CommitteePost.ORGANIZATION_MEMBER, second))));
        long groupMeeting = meetings.record(system, new RecordMeeting(orgId, MeetingType.GROUP_MEETING, group,
                marker + "党小组会议题", null, day.atTime(9, 0), marker + "会议室", first, first, List.of(
                new RecordMeeting.Attendance(first, AttendanceStatus.PRESENT, null),
                new RecordMeeting.Attendance(second, AttendanceStatus.EXCUSED, marker + "请假事由")),
                List.of(new RecordMeeting.AgendaItem(marker + "议题", marker + "会议记录", marker + "决定", null))));
        talks.record(system, new RecordTalk(orgId, day, first, second, marker + "谈话主题", marker + "后续跟进"));
        List<Long> roll = members.roster(system, orgId).stream().map(r -> r.id()).toList();
        appraisals.record(system, new RecordAppraisal(orgId, day.getYear(), day, null, roll.stream()
                .map(m -> new RecordAppraisal.Entry(m, m == first ? marker + "自评" : "自评", null,
                        m == second ? "不合格" : "合格", m == second ? marker + "评定意见" : null)).toList()));
        studyPlans.save(system, orgId, day.getYear(), List.of(new StudyPlan.Month(1, marker + "学习专题", "集中学习")));
        long lifeMeeting = meetings.record(system, new RecordMeeting(orgId, MeetingType.ORG_LIFE_MEETING, null,
                "年度组织生活会", null, day.atTime(14, 0), null, first, first, roll.stream()
                .map(m -> new RecordMeeting.Attendance(m, AttendanceStatus.PRESENT, null)).toList(),
                List.of(new RecordMeeting.AgendaItem("批评与自我批评", "逐一发言", null, null))));
        criticismNotes.record(system, lifeMeeting,
                List.of(new RecordCriticismNote(second, marker + "自我批评", marker + "相互批评", null)));
        long rectification = rectifications.add(system, lifeMeeting, marker + "整改问题", marker + "整改措施", second,
                day.plusMonths(1));
        long caseId = recruitment.open(system, new OpenCase(orgId, sameBranch ? "孙申请" : marker + "申请人",
                RosterFiles.newCitizenId(), Ethnicity.HAN,
                EducationLevel.BACHELOR, null, marker + "岗位", "13900139000", day.minusMonths(1), marker + "备注"));
        UUID importId = rosterImport(orgId, marker);
        compliance.reevaluateOrgs(List.of(orgId));
        long finding = jdbc.sql("SELECT id FROM compliance_finding WHERE org_id = :org ORDER BY id LIMIT 1")
                .param("org", orgId).query(Long.class).single();
        // a unit is reference data every organization sees: its name carries no marker
        long unit = units.create(system, new NewUnit("巡检单位" + orgId, UnitCategory.ADMINISTRATIVE));
        AccessScope holder = signIn.scopeOf(trees.account("BRANCH_SECRETARY", orgId, first));
        long token = tokens.create(holder, marker + "令牌", null).token().id();
        Dues dues = dues(orgId, first, second, marker);
        long[] task = supervisedTask(orgId, marker, holder);
        long[] inspection = inspection(orgId, marker, holder);
        long[] duty = responsibility(orgId, marker, holder);
        return new Target(marker, orgId, first, groupMeeting, rectification, caseId, finding, importId, unit,
                holder.userId(), token, dues, letterOut(second, marker), letterIn(orgId, marker, sameBranch),
                mobileOut(first, marker), task[0], task[1], inspection[0], inspection[1], duty[0], duty[1], duty[2],
                assessment(orgId));
    }

    /**
     * The branch's duties under its parent's 责任清单, with the marker in its statement on a duty no record evidences,
     * and its secretary's 述职 in the parent's round, with the marker in the narrative. Returns the list's, the
     * duty's and the 述职's ids.
     */
    private long[] responsibility(long orgId, String marker, AccessScope branch) {
        AccessScope system = AccessScope.system();
        long parent = orgs.ref(orgId).orElseThrow().parentId();
        int year = LocalDate.now().getYear();
        long list = lists.binding(system, orgId, year).filter(l -> l.issuerOrgId() == parent)
                .map(cn.dangjian.responsibility.ListView::id)
                .orElseGet(() -> lists.issue(system, new cn.dangjian.responsibility.IssueList(parent, year, "巡检责任清单",
                        lists.startingPoint(system, parent, year))));
        long duty = lists.duties(system, list, orgId).lines().stream().filter(l -> l.duty().evidence() == null)
                .findFirst().orElseThrow().duty().id();
        lists.state(branch, list, duty, orgId, marker + "落实说明");
        if (reviews.rounds(system, parent).stream().noneMatch(r -> r.issuerOrgId() == parent && r.year() == year)) {
            reviews.open(system, new cn.dangjian.responsibility.OpenRound(parent, year, LocalDate.of(year, 1, 1), null));
        }
        long review = reviews.rounds(system, parent).stream().filter(r -> r.issuerOrgId() == parent && r.year() == year)
                .flatMap(r -> r.reviews().stream()).filter(r -> r.orgId() == orgId).findFirst()
                .orElseThrow(() -> new AssertionError("述职评议开始时该支部尚未建立")).reviewId();
        reviews.write(branch, review, reviews.get(system, review).version(), marker + "述职报告");
        return new long[] {list, duty, review};
    }

    /** The assessment binding the branch, chosen by its 党委 (one a year: branches of the same 党委 share it). */
    private long assessment(long orgId) {
        AccessScope system = AccessScope.system();
        long parent = orgs.ref(orgId).orElseThrow().parentId();
        int year = LocalDate.now().getYear();
        return assessments.of(system, parent, year).filter(a -> a.issuerOrgId() == parent)
                .map(cn.dangjian.responsibility.AssessmentView::id)
                .orElseGet(() -> assessments.define(system, parent, year,
                        List.of(cn.dangjian.responsibility.Indicator.values())));
    }

    /** An inspection's feedback to the branch: the marker is in a problem and in how it was fixed. */
    private long[] inspection(long orgId, String marker, AccessScope branch) {
        long id = inspections.record(branch, new cn.dangjian.duty.RecordInspection(orgId,
                cn.dangjian.duty.InspectionKind.CIRCUIT, "巡检巡察组", LocalDate.now().minusDays(5), List.of(
                new cn.dangjian.duty.RecordInspection.NewItem(marker + "问题", "整改措施", LocalDate.now().plusDays(20),
                        "张明", null, false))));
        cn.dangjian.duty.ItemView item = inspections.get(branch, id).items().get(0);
        inspections.itemDone(branch, id, item.id(), marker + "完成情况", item.version());
        return new long[] {id, item.id()};
    }

    /**
     * A task the branch's parent assigned to the branch alone, reported by the branch: the marker is in the report,
     * which only the branch's line and the issuer may read. Returns the task's and the part's ids.
     */
    private long[] supervisedTask(long orgId, String marker, AccessScope branch) {
        AccessScope system = AccessScope.system();
        long parent = orgs.ref(orgId).orElseThrow().parentId();
        long task = tasks.assign(system, new cn.dangjian.duty.AssignTask(parent, "巡检督办事项", "按要求办理",
                cn.dangjian.duty.TaskSource.OTHER, null, "反馈办理情况", LocalDate.now().plusDays(10), List.of(orgId), null,
                cn.dangjian.duty.TaskData.NONE, null, null));
        cn.dangjian.duty.AssignmentView part = tasks.get(system, task).assignments().get(0);
        parts.report(branch, part.id(), marker + "办理情况", part.version());
        return new long[] {task, part.id()};
    }

    /** The first member registered as gone away: the marker is in the destination and a contact's note. */
    private long mobileOut(long first, String marker) {
        AccessScope system = AccessScope.system();
        LocalDate today = LocalDate.now();
        long id = mobile.registerOut(system, new cn.dangjian.transfer.RegisterOutflow(first, today.minusMonths(2),
                marker + "外出地点", marker + "外出原因", false, null, null, null));
        mobile.contact(system, id, new cn.dangjian.transfer.RecordContact(today, "电话", true, marker + "联系情况"),
                mobile.get(system, id).version());
        return id;
    }

    /** A member taken in with a letter from outside the platform: the marker is in the issuer's name. */
    private long letterIn(long orgId, String marker, boolean sameBranch) {
        String citizenId = RosterFiles.newCitizenId();
        LocalDate today = LocalDate.now();
        int age = java.time.Period.between(cn.dangjian.shared.CitizenId.parse(citizenId).birthDate(), today).getYears();
        return incoming.record(AccessScope.system(), new cn.dangjian.transfer.RecordIncomingLetter(orgId,
                marker + "开具介绍信的党委", null, "IN-" + orgId, today, 30, null, today, sameBranch ? "周同事" : marker + "转入党员",
                cn.dangjian.shared.CitizenId.parse(citizenId).gender(), age, Ethnicity.HAN, citizenId, MemberKind.FULL,
                null, LocalDate.of(2010, 7, 1), LocalDate.of(2011, 7, 1)));
    }

    /** A transfer of the second member out of the platform, sent, its letter numbered: the marker is in its reason. */
    private long letterOut(long second, String marker) {
        AccessScope system = AccessScope.system();
        long id = transfers.startOut(system, new cn.dangjian.transfer.StartLetterTransfer(second, marker + "转往党组织",
                null, cn.dangjian.transfer.LetterCarrier.SELF, marker + "转接原因", null));
        transfers.submit(system, id, transfers.get(system, id).version());
        while (transfers.get(system, id).waitingForOrgId() != null) {
            transfers.approve(system, id, transfers.get(system, id).version());
        }
        return id;
    }

    /** 党费: both members assessed, the first paid this month with a note, a reduction for the second, a voluntary payment, a remittance. */
    private Dues dues(long orgId, long first, long second, String marker) {
        AccessScope system = AccessScope.system();
        LocalDate today = LocalDate.now();
        java.time.YearMonth month = java.time.YearMonth.from(today);
        duesAssessments.assess(system, AssessMember.annual(first, today.getYear(), DuesCategory.CIVIL_SERVANT, "4800"));
        duesAssessments.assess(system, AssessMember.annual(second, today.getYear(), DuesCategory.RETIRED, "3000"));
        duesPayments.record(system, new RecordPayment(first, List.of(month), null, today, PaymentMethod.SELF, null, null,
                marker + "交纳备注"));
        long reduction = duesReductions.apply(system, new ApplyReduction(second, false, "5", month, month.plusMonths(2),
                marker + "困难理由", today));
        long voluntary = duesVoluntary.record(system, first, today, "50", marker + "多交原因", marker + "现实表现");
        duesRemittances.record(system, new RecordRemittance(orgId, month.minusMonths(1), month.minusMonths(1), today, "0",
                true, "PZ" + orgId, "孙经手", marker + "上缴备注"));
        AccessScope owner = trees.subtreeScope(orgId);
        byte[] bank = cn.dangjian.dues.excel.TestWorkbooks.xlsx(List.of("付款户名", "缴费月份", "交易金额", "交易时间"),
                List.of(marker + "党员", month.toString(), "48.00", today.toString()));
        byte[] payroll = cn.dangjian.dues.excel.TestWorkbooks.xlsx(List.of("姓名", "计算基数"), List.of(marker + "党员", "4800"));
        return new Dues(duesAssessments.history(system, first, today.getYear()).get(0).id(),
                duesPayments.ofMember(system, first).get(0).id(), reduction, voluntary,
                duesImports.uploadPayments(owner, orgId, marker + "银行明细.xlsx", bank).id(),
                duesImports.previewBases(owner, orgId, today.getYear() + 1, marker + "工资表.xlsx", payroll).id());
    }

    private UUID rosterImport(long orgId, String marker) {
        AccessScope owner = trees.subtreeScope(orgId);
        String orgName = orgs.ref(orgId).orElseThrow().name();
        byte[] file = RosterFiles.workbook(List.of(RosterFiles.row(marker + "导入", RosterFiles.newCitizenId(), orgName)));
        UUID id = imports.start(owner, marker + "名册.xlsx", new ByteArrayInputStream(file)).id();
        RosterFiles.awaitSettled(imports, owner, id);
        return id;
    }

    private static MemberForm person(String name, long orgId, long group, String marker) {
        MemberForm f = TestTree.member(name, orgId, MemberKind.FULL);
        return new MemberForm(f.name(), f.gender(), f.ethnicity(), f.birthDate(), f.citizenId(), marker + "籍贯",
                f.education(), f.degree(), marker + "职业", f.unitId(), marker + "职务", f.phone(), f.appliedOn(),
                f.joinedOn(), f.confirmedOn(), f.kind(), f.orgId(), group, f.leadingCadre(), f.mobile(),
                f.lostContact());
    }
}
