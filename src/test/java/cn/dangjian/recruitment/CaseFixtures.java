package cn.dangjian.recruitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.support.TestTree;

import static cn.dangjian.recruitment.StepKind.*;

/**
 * Recruitment cases recorded through the facade for tests of what is derived from them: an applicant who has
 * just applied, and one walked to the oath under the 2014 细则 but listed after the 2026 revision (so with a 公示
 * across the 劳动节 holiday), with a late talk kept with its 情况说明.
 */
public final class CaseFixtures {

    /** Walked to 2026-04-29…05-08: five working days, 劳动节 (05-01…05-05) in between. */
    public static final LocalDate NOTICE_FROM = LocalDate.of(2026, 4, 29);
    public static final LocalDate NOTICE_TO = LocalDate.of(2026, 5, 8);
    public static final LocalDate ASSEMBLY_ON = LocalDate.of(2026, 6, 19);
    public static final String PERFORMANCE = "政治立场坚定，工作中勇挑重担，在防汛任务中表现突出";
    public static final String JUSTIFICATION = "申请人春节期间在外地，返岗后即谈话";

    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final AccessScope SYSTEM = AccessScope.system();

    private CaseFixtures() {
    }

    /** A case walked to the oath, with the branch's members. */
    public record Walked(long caseId, long meetingId, long[] members, List<String> names) {
    }

    /** The secretary {@code t.memberA1()} and five more full members of branch A1 (six voters). */
    public static long[] branch(Members members, TestTree.Tree t, List<String> names) {
        long[] ids = new long[names.size() + 1];
        ids[0] = t.memberA1();
        for (int i = 0; i < names.size(); i++) {
            ids[i + 1] = members.create(SYSTEM, TestTree.member(names.get(i), t.a1(), MemberKind.FULL));
        }
        return ids;
    }

    public static OpenCase application(long orgId, String name, LocalDate appliedOn) {
        return new OpenCase(orgId, name, TestTree.citizenId(LocalDate.of(1997, 9, 23), 600 + PEOPLE.getAndIncrement(), false),
                Ethnicity.HAN, EducationLevel.MASTER, null, "科员", "13912345678", appliedOn, "递交入党申请书");
    }

    /**
     * From the application (2025-01-06) through the 公示, the assembly of {@link #ASSEMBLY_ON} (five of six voters
     * present: 4 for and 1 against by secret ballot, plus one written opinion in favour) and the 党委's approval,
     * to the oath; every step recorded with the system scope.
     */
    public static Walked admitted(Recruitment recruitment, RecruitmentAssemblies assemblies, Members members,
                                  TestTree.Tree t, String name) {
        List<String> names = List.of("李秀英", "王志强", "刘海燕", "陈晓东", "杨丽华");
        long[] ids = branch(members, t, names);
        long id = recruitment.open(SYSTEM, application(t.a1(), name, LocalDate.of(2025, 1, 6)));
        recruitment.record(SYSTEM, id, RecordStep.on(APPLICATION_TALK, LocalDate.of(2025, 2, 10))
                .withMembers(List.of(ids[0])).withJustification(JUSTIFICATION));
        recruitment.record(SYSTEM, id, RecordStep.on(ACTIVIST_DESIGNATION, LocalDate.of(2025, 3, 3))
                .withUntil(LocalDate.of(2025, 3, 10)).withNote("党员推荐"));
        recruitment.record(SYSTEM, id, RecordStep.on(MENTORS, LocalDate.of(2025, 3, 4)).withMembers(List.of(ids[1], ids[2])));
        recruitment.record(SYSTEM, id, RecordStep.on(ASSESSMENT, LocalDate.of(2025, 9, 5)).withNote("学习积极，按时参加党课学习"));
        recruitment.record(SYSTEM, id, RecordStep.on(ASSESSMENT, LocalDate.of(2026, 3, 5)).withNote("工作中勇挑重担，群众评价好"));
        recruitment.record(SYSTEM, id, RecordStep.on(PUBLIC_NOTICE, NOTICE_FROM).withUntil(NOTICE_TO)
                .withResult(StepResult.PASSED));
        recruitment.record(SYSTEM, id, RecordStep.on(CANDIDATE_DESIGNATION, LocalDate.of(2026, 5, 11)));
        recruitment.record(SYSTEM, id, RecordStep.on(SPONSORS, LocalDate.of(2026, 5, 12)).withMembers(List.of(ids[1], ids[2])));
        recruitment.record(SYSTEM, id, RecordStep.on(POLITICAL_REVIEW, LocalDate.of(2026, 5, 20)).withResult(StepResult.PASSED));
        recruitment.record(SYSTEM, id, RecordStep.on(TRAINING, LocalDate.of(2026, 5, 25)).withUntil(LocalDate.of(2026, 5, 27))
                .withTraining(3, 24));
        recruitment.record(SYSTEM, id, RecordStep.on(PRE_REVIEW, LocalDate.of(2026, 6, 1)).withResult(StepResult.PASSED));
        List<RecordMeeting.Attendance> attendance = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            attendance.add(new RecordMeeting.Attendance(ids[i], i < 5 ? AttendanceStatus.PRESENT : AttendanceStatus.EXCUSED,
                    i < 5 ? null : "出差"));
        }
        long meetingId = assemblies.recordAssembly(SYSTEM, new RecordAssembly(t.a1(), ADMISSION_ASSEMBLY,
                ASSEMBLY_ON.atTime(15, 0), "机关办公楼三楼会议室", ids[0], ids[1], attendance,
                List.of(new RecordAssembly.Ballot(id, PERFORMANCE, 4, 1, 0, 1, 0, 0, null, null, null))));
        recruitment.record(SYSTEM, id, RecordStep.on(APPROVAL_TALK, LocalDate.of(2026, 7, 1)).withOtherPerson("组织员 刘建国"));
        recruitment.record(SYSTEM, id, RecordStep.on(ADMISSION_APPROVAL, LocalDate.of(2026, 8, 10)).withResult(StepResult.PASSED));
        recruitment.record(SYSTEM, id, RecordStep.on(OATH, LocalDate.of(2026, 8, 20)));
        return new Walked(id, meetingId, ids, names);
    }

    /** A case with only its application, on {@code appliedOn}. */
    public static long applied(Recruitment recruitment, TestTree.Tree t, String name, LocalDate appliedOn) {
        return recruitment.open(SYSTEM, application(t.a1(), name, appliedOn));
    }
}
