package cn.dangjian.life;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.NewTerm;
import cn.dangjian.org.Committees;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.TermFormation;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 谈心谈话 (ZB-15): recording, and which expected talks are still missing this year. */
@IntegrationTest
class TalksIntegrationTests {

    @Autowired
    Talks talks;
    @Autowired
    Members members;
    @Autowired
    OrgUnits orgs;
    @Autowired
    Committees committees;
    @Autowired
    TestTree trees;

    private final AccessScope system = AccessScope.system();

    @Test
    void coverageListsTheCommitteePairsAndMembersStillWithoutATalk() {
        TestTree.Tree t = trees.build();
        long secretary = t.memberA1();
        long organizer = members.create(system, TestTree.member("组织委员", t.a1(), MemberKind.FULL));
        long discipline = members.create(system, TestTree.member("纪检委员", t.a1(), MemberKind.FULL));
        long m1 = members.create(system, TestTree.member("党员甲", t.a1(), MemberKind.FULL));
        long m2 = members.create(system, TestTree.member("党员乙", t.a1(), MemberKind.PROBATIONARY));
        committees.recordTerm(system, t.a1(), new NewTerm(1, LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1),
                TermFormation.ELECTED, List.of(new NewTerm.Assignment(CommitteePost.SECRETARY, secretary),
                new NewTerm.Assignment(CommitteePost.ORGANIZATION_MEMBER, organizer),
                new NewTerm.Assignment(CommitteePost.DISCIPLINE_MEMBER, discipline))));
        int year = LocalDate.now().getYear() - 1;
        LocalDate day = LocalDate.of(year, 6, 1);

        TalkCoverage before = talks.coverage(system, t.a1(), year);
        assertThat(before.committeePairsMissing()).hasSize(3);
        assertThat(before.membersWithoutCommitteeTalk()).extracting(TalkCoverage.Person::memberId).containsExactlyInAnyOrder(m1, m2);
        assertThat(before.membersWithoutMemberTalk()).extracting(TalkCoverage.Person::memberId).containsExactlyInAnyOrder(m1, m2);

        talks.record(system, new RecordTalk(t.a1(), day, secretary, organizer, "分工协作", null));
        talks.record(system, new RecordTalk(t.a1(), day, secretary, discipline, "纪律建设", null));
        talks.record(system, new RecordTalk(t.a1(), day, discipline, organizer, "发展党员", "月底前提交意见"));
        talks.record(system, new RecordTalk(t.a1(), day, secretary, m1, "思想工作", null));
        talks.record(system, new RecordTalk(t.a1(), day, m1, m2, "学习交流", null));

        TalkCoverage after = talks.coverage(system, t.a1(), year);
        assertThat(after.talks()).isEqualTo(5);
        assertThat(after.committeePairsMissing()).isEmpty();
        assertThat(after.membersWithoutCommitteeTalk()).extracting(TalkCoverage.Person::memberId).containsExactly(m2);
        assertThat(after.membersWithoutMemberTalk()).isEmpty();
        assertThat(after.complete()).isFalse();
        assertThat(talks.coverage(system, t.a1(), year + 1).talks()).isZero();
    }

    @Test
    void aTalkNeedsTwoDifferentMembersOfTheBranchAndStaysInsideTheScope() {
        TestTree.Tree t = trees.build();
        assertThatThrownBy(() -> talks.record(system, new RecordTalk(t.a1(), LocalDate.now().plusDays(1),
                t.memberA1(), t.memberA2(), " ", null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("谈话日期：不能晚于今天")
                .hasMessageContaining("谈话对象：应为本支部党员")
                .hasMessageContaining("谈话主题：不能为空");
        assertThatThrownBy(() -> talks.record(system, new RecordTalk(t.a1(), LocalDate.now(), t.memberA1(),
                t.memberA1(), "自己", null))).hasMessageContaining("不能与谈话人是同一人");
        assertThatThrownBy(() -> talks.list(trees.subtreeScope(t.a2()), t.a1(), LocalDate.now().getYear()))
                .isInstanceOf(NotFoundException.class);
    }
}
