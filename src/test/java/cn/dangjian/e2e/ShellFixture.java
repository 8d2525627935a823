package cn.dangjian.e2e;

import java.time.YearMonth;

import cn.dangjian.dues.ApplyReduction;
import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.DuesPayments;
import cn.dangjian.dues.DuesReductions;
import cn.dangjian.dues.DuesVoluntary;
import cn.dangjian.dues.PaymentMethod;
import cn.dangjian.dues.RecordPayment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.life.RecordTalk;
import cn.dangjian.life.Talks;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.org.Committees;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.NewTerm;
import cn.dangjian.org.NewUnit;
import cn.dangjian.org.TermFormation;
import cn.dangjian.org.UnitCategory;
import cn.dangjian.org.Units;
import cn.dangjian.recruitment.OpenCase;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.support.TestTree;
import org.springframework.stereotype.Component;

/**
 * A test tree with enough in it that every list a menu link opens has rows: a branch of nine members (one of them
 * probationary, one with a long name) with a committee, two meetings, a talk, a recruitment case, a unit with a long
 * name and the compliance findings all this produces.
 */
@Component
class ShellFixture {

    private final TestTree trees;
    private final Members members;
    private final Committees committees;
    private final Meetings meetings;
    private final Talks talks;
    private final Recruitment recruitment;
    private final Units units;
    private final Compliance compliance;
    private final DuesAssessments duesAssessments;
    private final DuesPayments duesPayments;
    private final DuesReductions duesReductions;
    private final DuesVoluntary duesVoluntary;

    ShellFixture(TestTree trees, Members members, Committees committees, Meetings meetings, Talks talks,
                 Recruitment recruitment, Units units, Compliance compliance, DuesAssessments duesAssessments,
                 DuesPayments duesPayments, DuesReductions duesReductions, DuesVoluntary duesVoluntary) {
        this.duesAssessments = duesAssessments;
        this.duesPayments = duesPayments;
        this.duesReductions = duesReductions;
        this.duesVoluntary = duesVoluntary;
        this.trees = trees;
        this.members = members;
        this.committees = committees;
        this.meetings = meetings;
        this.talks = talks;
        this.recruitment = recruitment;
        this.units = units;
        this.compliance = compliance;
    }

    /** The tree, an ordinary member of branch A1 (not the secretary) for the 普通党员 account, and the case. */
    record Data(TestTree.Tree tree, long ordinaryMember, long caseId) {
    }

    Data build() {
        AccessScope system = AccessScope.system();
        TestTree.Tree t = trees.build();
        List<Long> roll = new ArrayList<>(List.of(t.memberA1()));
        for (String name : List.of("张建国", "李秀英", "王志强", "刘晓燕", "陈思远", "欧阳明月", "赵钱孙李周吴郑王")) {
            roll.add(members.create(system, TestTree.member(name, t.a1(), MemberKind.FULL)));
        }
        roll.add(members.create(system, TestTree.member("杨预备", t.a1(), MemberKind.PROBATIONARY)));
        LocalDate day = LocalDate.now().minusDays(3);
        committees.recordTerm(system, t.a1(), new NewTerm(1, day.minusYears(1), day.plusYears(2), TermFormation.ELECTED,
                List.of(new NewTerm.Assignment(CommitteePost.SECRETARY, t.memberA1()),
                        new NewTerm.Assignment(CommitteePost.ORGANIZATION_MEMBER, roll.get(1)),
                        new NewTerm.Assignment(CommitteePost.DISCIPLINE_MEMBER, roll.get(2)))));
        meetings.record(system, new RecordMeeting(t.a1(), MeetingType.COMMITTEE_MEETING, null,
                "研究第四季度发展党员工作", null, day.atTime(9, 0), "三楼会议室", t.memberA1(), roll.get(1),
                List.of(new RecordMeeting.Attendance(t.memberA1(), AttendanceStatus.PRESENT, null),
                        new RecordMeeting.Attendance(roll.get(1), AttendanceStatus.PRESENT, null),
                        new RecordMeeting.Attendance(roll.get(2), AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem("研究第四季度发展党员工作", "逐一讨论了积极分子的培养情况",
                        "同意按计划推进", null))));
        meetings.record(system, new RecordMeeting(t.a1(), MeetingType.THEME_DAY, null, "学习党章主题党日", null,
                day.atTime(14, 30), "党员活动室", t.memberA1(), roll.get(1), roll.stream()
                .map(m -> new RecordMeeting.Attendance(m, m.equals(roll.get(2)) ? AttendanceStatus.EXCUSED
                        : AttendanceStatus.PRESENT, m.equals(roll.get(2)) ? "出差" : null)).toList(),
                List.of(new RecordMeeting.AgendaItem("学习党章", "集中学习党章第一章至第三章", null, null))));
        talks.record(system, new RecordTalk(t.a1(), day, t.memberA1(), roll.get(3), "思想和工作情况", "下月再谈"));
        long caseId = recruitment.open(system, new OpenCase(t.a1(), "孙嘉禾", TestTree.citizenId(LocalDate.of(1998, 4, 2), 9001, true),
                Ethnicity.HAN, EducationLevel.BACHELOR, null, "科员", "13900139000", day.minusMonths(1), null));
        units.create(system, new NewUnit("测试市发展和改革委员会国民经济综合处" + t.a1(), UnitCategory.ADMINISTRATIVE));
        dues(roll);
        compliance.reevaluateOrgs(List.of(t.root(), t.a(), t.a1(), t.a2()));
        return new Data(t, roll.get(4), caseId);
    }

    /**
     * 党费: everyone but the probationary member assessed for this year; most paid every month so far, one paid
     * nothing (a long arrears run), one with a 少交 application, and a voluntary payment of 1000元 to forward.
     */
    private void dues(List<Long> roll) {
        AccessScope system = AccessScope.system();
        LocalDate today = LocalDate.now();
        YearMonth now = YearMonth.from(today);
        List<DuesCategory> categories = List.of(DuesCategory.CIVIL_SERVANT, DuesCategory.INSTITUTION, DuesCategory.RETIRED,
                DuesCategory.ENTERPRISE, DuesCategory.CIVIL_SERVANT, DuesCategory.ANNUAL_SALARY, DuesCategory.RETIRED,
                DuesCategory.NO_FIXED_INCOME);
        for (int i = 0; i < roll.size() - 1; i++) {
            duesAssessments.assess(system, AssessMember.annual(roll.get(i), today.getYear(), categories.get(i),
                    String.valueOf(2800 + 1350 * i)));
        }
        for (int i = 0; i < roll.size() - 1; i++) {
            if (i == 3) {
                continue;
            }
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = YearMonth.of(today.getYear(), 1); !m.isAfter(now); m = m.plusMonths(1)) {
                months.add(m);
            }
            duesPayments.record(system, new RecordPayment(roll.get(i), months, null, today,
                    i == 2 ? PaymentMethod.PROXY : PaymentMethod.SELF, i == 2 ? "王小明" : null,
                    months.size() > 6 ? "支委会同意补交" : null, null));
        }
        duesReductions.apply(system, new ApplyReduction(roll.get(5), false, "20", now, now.plusMonths(5),
                "家人患病，经济困难", today));
        duesVoluntary.record(system, roll.get(1), today, "1000", "感恩党的培养", "工作积极，表现突出");
    }
}
