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
                new RecordAppraisal.Entry(t.memberA1(), "认真履职", List.of(5, 1, 0, 0), "优秀", null),
                new RecordAppraisal.Entry(m2, null, null, "良好", null)))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("评定等次：党员乙的等次应为优秀、合格、基本合格、不合格之一")
                .hasMessageContaining("评议对象：党员丙尚未评定等次");

        appraisals.record(system, new RecordAppraisal(t.a1(), year, day, null, List.of(
                new RecordAppraisal.Entry(t.memberA1(), "认真履职", List.of(5, 1, 0, 0), "优秀", null),
                new RecordAppraisal.Entry(m2, "按时参加组织生活", List.of(1, 5, 0, 0), "合格", null),
                new RecordAppraisal.Entry(m3, "预备期表现良好", List.of(0, 6, 0, 0), "合格", null))));
        AppraisalRound round = appraisals.get(system, t.a1(), year);
        assertThat(round.grades()).containsExactly("优秀", "合格", "基本合格", "不合格");
        assertThat(round.gradeCounts()).containsExactly(1, 2, 0, 0);
        assertThat(round.results()).extracting(AppraisalRound.Result::grade).contains("优秀", "合格");
        assertThatThrownBy(() -> appraisals.record(system, new RecordAppraisal(t.a1(), year, day, null, List.of())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aUnitMayUseItsOwnThreeGradeSetAndSiblingsSeeNothing() {
        TestTree.Tree t = trees.build();
        int year = LocalDate.now().getYear() - 1;
        appraisals.record(system, new RecordAppraisal(t.a2(), year, LocalDate.of(year, 11, 30),
                List.of("优秀", "合格", "不合格"),
                List.of(new RecordAppraisal.Entry(t.memberA2(), null, List.of(0, 3, 0), "合格", null))));
        assertThat(appraisals.get(system, t.a2(), year).gradeCounts()).containsExactly(0, 1, 0);
        assertThatThrownBy(() -> appraisals.get(trees.subtreeScope(t.a1()), t.a2(), year))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> appraisals.get(system, t.a1(), year)).hasMessageContaining("尚未登记民主评议");
    }
}
