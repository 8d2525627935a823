package cn.dangjian.dues;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ScopeLevel;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whose dues a caller reaches: a sibling branch neither reads nor writes another branch's members, register or
 * 核定表; a member reads their own year and confirms their own base, never a colleague's, and writes nothing; the
 * 党委 sees its branches rolled up, and its summary and voluntary payments stay inside its subtree.
 */
@ClockedIntegrationTest
class DuesScopeIntegrationTests {

    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    Members members;
    @Autowired
    DuesAssessments assessments;
    @Autowired
    DuesPayments payments;
    @Autowired
    DuesOverview overview;
    @Autowired
    DuesVoluntary voluntary;
    @Autowired
    DuesRemittances remittances;

    private TestTree.Tree t;
    private long colleague;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 5, 20, 10, 0));
        t = trees.build();
        colleague = TwoAssessedMembers.in(trees, t, members, assessments, "赵同事");
        AccessScope a1 = trees.subtreeScope(t.a1());
        assessments.assess(trees.subtreeScope(t.a2()), AssessMember.annual(t.memberA2(), 2026, DuesCategory.RETIRED, "5000.01"));
        payments.record(a1, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 1, 5), YearMonth.of(2026, 1),
                YearMonth.of(2026, 2), YearMonth.of(2026, 3)));
        payments.record(trees.subtreeScope(t.a2()), RecordPayment.self(t.memberA2(), LocalDate.of(2026, 4, 5),
                YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4)));
    }

    @Test
    void aSiblingBranchReachesNothingOfTheOther() {
        AccessScope a2 = trees.subtreeScope(t.a2());
        assertThatThrownBy(() -> overview.memberYear(a2, t.memberA1(), 2026)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> payments.ofMember(a2, t.memberA1())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> payments.record(a2, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 4, 1),
                YearMonth.of(2026, 4)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessments.assess(a2, AssessMember.annual(t.memberA1(), 2026, DuesCategory.STUDENT, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> payments.register(a2, t.a1(), YearMonth.of(2026, 1))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> assessments.sheet(a2, t.a1(), 2026)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> assessments.assessAll(a2, t.a2(), 2026, List.of(
                AssessMember.annual(t.memberA1(), 2026, DuesCategory.STUDENT, null)))).isInstanceOf(RuntimeException.class);
        assertThat(overview.arrears(a2, t.a2())).extracting(ArrearsRow::memberId).doesNotContain(t.memberA1(), colleague);
        assertThat(payments.ofMember(trees.subtreeScope(t.a1()), t.memberA1())).hasSize(3);
    }

    @Test
    void aMemberReadsAndConfirmsOnlyTheirOwnDuesAndWritesNothing() {
        AccessScope self = trees.scope(ScopeLevel.SELF, t.a1(), t.memberA1(), Permission.DUES_VIEW);
        MemberDues mine = overview.memberYear(self, t.memberA1(), 2026);
        assertThat(mine.current().calculation().explanation()).contains("4800.00").contains("按1%").contains("DF-02");
        assertThat(mine.paidUpTo()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(mine.arrears()).containsExactly(YearMonth.of(2026, 4));
        assessments.confirm(self, mine.current().id());
        assertThat(overview.memberYear(self, t.memberA1(), 2026).current().confirmed()).isTrue();

        assertThatThrownBy(() -> overview.memberYear(self, colleague, 2026)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> payments.ofMember(self, colleague)).isInstanceOf(NotFoundException.class);
        long colleagues = assessments.history(trees.subtreeScope(t.a1()), colleague, 2026).get(0).id();
        assertThatThrownBy(() -> assessments.confirm(self, colleagues)).isInstanceOf(NotFoundException.class);
        AccessScope selfWithAll = trees.scope(ScopeLevel.SELF, t.a1(), t.memberA1());
        assertThatThrownBy(() -> payments.record(selfWithAll, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 5, 1),
                YearMonth.of(2026, 4)))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> payments.register(self, t.a1(), YearMonth.of(2026, 1))).isInstanceOf(RuntimeException.class);
        // the secretary cannot confirm on the member's behalf
        assertThatThrownBy(() -> assessments.confirm(trees.subtreeScope(t.a1()), colleagues))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theCommitteeSeesItsBranchesRolledUpAndNothingOfAnotherTree() {
        List<SummaryRow> rows = overview.summary(trees.subtreeScope(t.a()), t.a(), YearMonth.of(2026, 1), YearMonth.of(2026, 4));
        SummaryRow total = rows.get(rows.size() - 1);
        assertThat(total.total()).isTrue();
        // A1: 48 + 93 a month for 4 months; A2: 50.00 a month for 4 months
        assertThat(total.due()).hasToString("764.00");
        assertThat(total.paid()).hasToString("344.00");
        assertThat(total.owed()).hasToString("420.00");
        assertThat(total.membersOwing()).isEqualTo(2);
        assertThat(rows).filteredOn(r -> r.orgId() == t.a1()).singleElement()
                .satisfies(r -> assertThat(r.owed()).hasToString("420.00"));

        TestTree.Tree other = trees.build();
        assertThatThrownBy(() -> overview.summary(trees.subtreeScope(other.a()), t.a(), YearMonth.of(2026, 1),
                YearMonth.of(2026, 4))).isInstanceOf(RuntimeException.class);
        assertThat(overview.summary(trees.subtreeScope(other.a()), other.a(), YearMonth.of(2026, 1), YearMonth.of(2026, 4)))
                .allSatisfy(r -> assertThat(r.due()).hasToString("0.00"));
    }

    @Test
    void aVoluntaryPaymentOfAThousandYuanIsForwardedWholeAndNineHundredNinetyNineIsNot() {
        AccessScope a1 = trees.subtreeScope(t.a1());
        long small = voluntary.record(a1, t.memberA1(), LocalDate.of(2026, 5, 1), "999.99", null, null);
        assertThat(voluntary.get(a1, small).large()).isFalse();
        assertThatThrownBy(() -> voluntary.record(a1, t.memberA1(), LocalDate.of(2026, 5, 1), "1000.00", null, null))
                .isInstanceOfSatisfying(cn.dangjian.shared.InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(cn.dangjian.shared.FieldProblem::field).contains("reason", "performance")
                        .contains("amount"));
        long large = voluntary.record(a1, t.memberA1(), LocalDate.of(2026, 5, 1), "1000.00", "表达对党的朴素感情",
                "工作勤勉，群众评价好");
        assertThat(voluntary.get(a1, large).large()).isTrue();
        assertThatThrownBy(() -> voluntary.forward(a1, large, LocalDate.of(2026, 5, 10), null, 0))
                .isInstanceOf(ForbiddenException.class);
        AccessScope committee = trees.subtreeScope(t.a());
        voluntary.forward(committee, large, LocalDate.of(2026, 5, 10), "中组部收据0012", voluntary.get(committee, large).version());
        assertThat(voluntary.list(committee, t.a(), 2026)).first().satisfies(p -> {
            assertThat(p.id()).isEqualTo(large);
            assertThat(p.forwardedOn()).isEqualTo(LocalDate.of(2026, 5, 10));
        });
        assertThat(voluntary.list(trees.subtreeScope(t.a2()), t.a2(), 2026)).isEmpty();
    }

    @Test
    void aRemittanceIsReconciledAgainstTheRegisterAsItIsNow() {
        AccessScope a1 = trees.subtreeScope(t.a1());
        remittances.record(a1, new RecordRemittance(t.a1(), YearMonth.of(2026, 1), YearMonth.of(2026, 3),
                LocalDate.of(2026, 4, 8), "144.00", true, "YH20260408001", "王一", null));
        RemittanceView first = remittances.list(a1, t.a1(), 2026).get(0);
        assertThat(first.collected()).hasToString("144.00");
        assertThat(first.reconciled()).isTrue();
        // the colleague pays the first quarter late: the register grows, the remittance now falls short
        payments.record(a1, RecordPayment.self(colleague, LocalDate.of(2026, 5, 20), YearMonth.of(2026, 1),
                YearMonth.of(2026, 2), YearMonth.of(2026, 3)));
        RemittanceView now = remittances.list(a1, t.a1(), 2026).get(0);
        assertThat(now.collectedNow()).hasToString("423.00");
        assertThat(now.differenceFen()).isEqualTo(27900);
        assertThat(remittances.list(trees.subtreeScope(t.a2()), t.a2(), 2026)).isEmpty();
        assertThat(remittances.list(trees.subtreeScope(t.a()), t.a(), 2026)).hasSize(1);
    }
}
