package cn.dangjian.life;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.life.schedule.Frequency;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.parameters.ChangeParameter;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan and the 补录 mark follow the parameters set for the organization, not constants. */
@IntegrationTest
class MeetingParametersIntegrationTests {

    @Autowired
    Meetings meetings;
    @Autowired
    cn.dangjian.life.MeetingPlans plans;
    @Autowired
    RuleParameters parameters;
    @Autowired
    Members members;
    @Autowired
    TestTree trees;

    private final AccessScope system = AccessScope.system();

    @Test
    void aMonthlyPartyLessonSetByTheParentCommitteeIsDueEveryMonthInItsBranchesOnly() {
        TestTree.Tree t = trees.build();
        int year = LocalDate.now().getYear();
        parameters.change(system, new ChangeParameter(LifeParameters.frequencyKey(MeetingType.PARTY_LESSON), t.a(),
                "MONTHLY:1", null, "机关党委决定每月一次党课"));

        assertThat(plans.plan(system, t.a1(), year).items(MeetingType.PARTY_LESSON)).hasSize(12)
                .allSatisfy(i -> assertThat(i.period().frequency()).isEqualTo(Frequency.MONTHLY));
        assertThat(plans.plan(system, t.a1(), year).rules()).filteredOn(r -> r.type() == MeetingType.PARTY_LESSON)
                .singleElement().satisfies(r -> assertThat(r.citation()).contains("ZB-12").contains("地方参数"));
        // last year's plan keeps the rule then in force
        assertThat(plans.plan(system, t.a1(), year - 1).items(MeetingType.PARTY_LESSON)).hasSize(4);
    }

    @Test
    void aShorterLateEntryWindowMarksEarlierMeetingsAsLate() {
        TestTree.Tree t = trees.build();
        long other = members.create(system, TestTree.member("李明", t.a1(), MemberKind.FULL));
        LocalDateTime fourDaysAgo = LocalDate.now().minusDays(4).atTime(9, 0);
        assertThat(meetings.get(system, meetings.record(system, themeDay(t.a1(), t.memberA1(), other, fourDaysAgo)))
                .lateEntry()).isFalse();

        parameters.change(system, new ChangeParameter("meetings.late-entry-days", t.a1(), "3", null, "支部从严"));
        MeetingView late = meetings.get(system, meetings.record(system, themeDay(t.a1(), t.memberA1(), other, fourDaysAgo)));
        assertThat(late.lateEntry()).isTrue();
        assertThat(late.daysLate()).isEqualTo(1);
    }

    private static RecordMeeting themeDay(long org, long host, long other, LocalDateTime at) {
        return new RecordMeeting(org, MeetingType.THEME_DAY, null, "学习党章", null, at, "党员活动室", host, other,
                List.of(new RecordMeeting.Attendance(host, AttendanceStatus.PRESENT, null),
                        new RecordMeeting.Attendance(other, AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem("集中学习党章", "逐章学习", null, null)));
    }
}
