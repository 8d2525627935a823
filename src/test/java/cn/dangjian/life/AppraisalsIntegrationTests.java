package cn.dangjian.life;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 民主评议党员 (ZB-16/JY-04): every member graded once from a configurable grade set. */
@IntegrationTest
class AppraisalsIntegrationTests {

    @Autowired
    Appraisals appraisals;
    @Autowired
    Members members;
    @Autowired
    TestTree trees;

    private final AccessScope system = AccessScope.system();

    @Test
    void everyMemberIsGradedOnceAndTheSummaryCountsEachGrade() {
        TestTree.Tree t = trees.build();
        long m2 = members.create(system, TestTree.member("党员乙", t.a1(), MemberKind.FULL));
        long m3 = members.create(system, TestTree.member("党员丙", t.a1(), MemberKind.PROBATIONARY));
        int year = LocalDate.now().getYear() - 1;
        LocalDate day = LocalDate.of(year, 12, 20);

        assertThatThrownBy(() -> appraisals.record(system, new RecordAppraisal(t.a1(), year, day, null, List.of(
                new RecordAppraisal.Entry(t.memberA1(), "认真履职", List.of(2, 1, 0, 0), "优秀", null),
                new RecordAppraisal.Entry(m2, null, null, "良好", null)))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("评定等次：党员乙的等次应为优秀、合格、基本合格、不合格之一")
                .hasMessageContaining("评议对象：党员丙尚未评定等次");

        appraisals.record(system, new RecordAppraisal(t.a1(), year, day, null, List.of(
                new RecordAppraisal.Entry(t.memberA1(), "认真履职", List.of(2, 1, 0, 0), "优秀", null),
                new RecordAppraisal.Entry(m2, "按时参加组织生活", List.of(1, 2, 0, 0), "合格", null),
                new RecordAppraisal.Entry(m3, "预备期表现良好", null, "合格", null))));
        AppraisalRound round = appraisals.get(system, t.a1(), year);
        assertThat(round.grades()).containsExactly("优秀", "合格", "基本合格", "不合格");
        assertThat(round.gradeCounts()).containsExactly(1, 2, 0, 0);
        assertThat(round.results()).extracting(AppraisalRound.Result::grade).contains("优秀", "合格");
        assertThat(round.results()).filteredOn(r -> r.memberId() == m2).singleElement()
                .extracting(AppraisalRound.Result::peerVotes).isEqualTo(List.of(1, 2, 0, 0));
        assertThat(round.results()).filteredOn(r -> r.memberId() == m3).singleElement()
                .extracting(AppraisalRound.Result::peerVotes).isEqualTo(List.of());
        assertThatThrownBy(() -> appraisals.record(system, new RecordAppraisal(t.a1(), year, day, null, List.of())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aUnitMayUseItsOwnThreeGradeSetAndSiblingsSeeNothing() {
        TestTree.Tree t = trees.build();
        int year = LocalDate.now().getYear() - 1;
        appraisals.record(system, new RecordAppraisal(t.a2(), year, LocalDate.of(year, 11, 30),
                List.of("优秀", "合格", "不合格"),
                List.of(new RecordAppraisal.Entry(t.memberA2(), null, List.of(0, 1, 0), "合格", null))));
        assertThat(appraisals.get(system, t.a2(), year).gradeCounts()).containsExactly(0, 1, 0);
        assertThatThrownBy(() -> appraisals.get(trees.subtreeScope(t.a1()), t.a2(), year))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> appraisals.get(system, t.a1(), year)).hasMessageContaining("尚未登记民主评议");
    }

    @Test
    void peerVotesAreAllOrNothingNonNegativeAndNoMoreThanTheMembersTakingPart() {
        TestTree.Tree t = trees.build();
        long m2 = members.create(system, TestTree.member("张三", t.a1(), MemberKind.FULL));
        String wang = members.get(system, t.memberA1()).name();
        int year = LocalDate.now().getYear() - 1;
        LocalDate day = LocalDate.of(year, 12, 20);
        java.util.ArrayList<Integer> partial = new java.util.ArrayList<>(java.util.Arrays.asList(1, null, 0));

        assertThatThrownBy(() -> appraisals.record(system, new RecordAppraisal(t.a1(), year, day,
                List.of(" 优秀", "合格", "不合格 "), List.of(
                new RecordAppraisal.Entry(t.memberA1(), null, partial, "优秀", null),
                new RecordAppraisal.Entry(m2, null, List.of(-1, 2, 0), "合格", null)))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(wang + " 民主测评“合格”票数：未填写：各等次票数应全部填写或全部留空")
                .hasMessageContaining("张三 民主测评“优秀”票数：不能为负数")
                .hasMessageNotContaining("评定等次");
        assertThatThrownBy(() -> appraisals.record(system, new RecordAppraisal(t.a1(), year, day, null, List.of(
                new RecordAppraisal.Entry(t.memberA1(), null, List.of(1, 1, 1, 0), "优秀", null),
                new RecordAppraisal.Entry(m2, null, List.of(1, 1), "合格", null)))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(wang + " 民主测评：各等次票数合计3票，不能超过参评党员人数2人")
                .hasMessageContaining("张三 民主测评：应按4个等次逐项填写票数，收到2项");
        assertThatThrownBy(() -> appraisals.record(system, new RecordAppraisal(t.a1(), year, day,
                List.of("合格"), List.of())))
                .hasMessageContaining("评定等次：至少应有两个等次");
        assertThatThrownBy(() -> appraisals.record(system, new RecordAppraisal(t.a1(), year, day,
                List.of("优秀", " "), List.of())))
                .hasMessageContaining("评定等次：等次名称不能为空");
        assertThatThrownBy(() -> appraisals.get(system, t.a1(), year)).isInstanceOf(NotFoundException.class);

        appraisals.record(system, new RecordAppraisal(t.a1(), year, day, List.of(" 优秀", "合格", "不合格 "), List.of(
                new RecordAppraisal.Entry(t.memberA1(), null, List.of(1, 1, 0), "优秀", null),
                new RecordAppraisal.Entry(m2, null, java.util.Arrays.asList(null, null, null), "合格", null))));
        AppraisalRound round = appraisals.get(system, t.a1(), year);
        assertThat(round.grades()).containsExactly("优秀", "合格", "不合格");
        assertThat(round.results()).extracting(AppraisalRound.Result::peerVotes)
                .containsExactlyInAnyOrder(List.of(1, 1, 0), List.of());
        assertThat(appraisals.gradesFor(system, t.a1(), year + 1)).containsExactly("优秀", "合格", "不合格");
        assertThat(appraisals.gradesFor(system, t.a2(), year + 1)).isEqualTo(AppraisalRound.DEFAULT_GRADES);
    }
}
