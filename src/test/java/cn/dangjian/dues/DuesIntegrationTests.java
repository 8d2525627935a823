package cn.dangjian.dues;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.member.MemberForm;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dues facades on the real database, on a clock set to 15 August 2026: the annual 核定 and the register it
 * derives, a probationary member owing from the month admitted (DF-08), payments once per month with 补交 consent
 * beyond 6 months (DF-12), arrears counted up to the month just ended (DF-13's 5 vs 6), corrections, and the
 * 少交/免交 route (DF-07) with its optimistic lock.
 */
@ClockedIntegrationTest
class DuesIntegrationTests {

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
    DuesReductions reductions;
    @Autowired
    DuesQueries queries;
    @Autowired
    DuesRemittances remittances;

    private final AccessScope system = AccessScope.system();
    private TestTree.Tree t;
    private AccessScope branch;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 8, 15, 10, 0));
        t = trees.build();
        branch = trees.subtreeScope(t.a1());
    }

    private long probationer(LocalDate joined) {
        MemberForm f = TestTree.member("周新" + t.a1(), t.a1(), MemberKind.PROBATIONARY);
        return members.create(system, new MemberForm(f.name(), f.gender(), f.ethnicity(), f.birthDate(), f.citizenId(),
                f.nativePlace(), f.education(), f.degree(), f.occupation(), f.unitId(), f.position(), f.phone(),
                LocalDate.of(2024, 3, 1), joined, null, MemberKind.PROBATIONARY, t.a1(), null, false, false, false));
    }

    private static List<String> messages(Throwable e) {
        return ((InvalidInputException) e).problems().stream().map(p -> p.field() + ":" + p.message()).toList();
    }

    @Test
    void theAnnualAssessmentSetsEachMonthDueAndAProbationerOwesFromTheMonthAdmitted() {
        long probationer = probationer(LocalDate.of(2026, 5, 20));
        assertThatThrownBy(() -> assessments.assess(branch, new AssessMember(probationer, 2026, YearMonth.of(2026, 4),
                DuesCategory.ENTERPRISE, "3000", null, null, null, null)))
                .satisfies(e -> assertThat(messages(e)).anyMatch(m -> m.startsWith("from:") && m.contains("DF-08")));

        assessments.assessAll(branch, t.a1(), 2026, List.of(
                AssessMember.annual(t.memberA1(), 2026, DuesCategory.CIVIL_SERVANT, "4800"),
                AssessMember.annual(probationer, 2026, DuesCategory.ENTERPRISE, "3000.00")));

        List<SheetRow> sheet = assessments.sheet(branch, t.a1(), 2026);
        SheetRow full = sheet.stream().filter(r -> r.memberId() == t.memberA1()).findFirst().orElseThrow();
        assertThat(full.assessment().calculation().monthly()).hasToString("48.00");
        assertThat(full.assessment().calculation().ruleId()).isEqualTo("DF-02");
        assertThat(full.annualDue()).hasToString("576.00");
        SheetRow newcomer = sheet.stream().filter(r -> r.memberId() == probationer).findFirst().orElseThrow();
        assertThat(newcomer.assessment().kind()).isEqualTo(AssessmentKind.PROBATION);
        assertThat(newcomer.assessment().effectiveFrom()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(newcomer.annualDue()).hasToString("120.00");
        assertThat(overview.memberYear(branch, probationer, 2026).months())
                .filteredOn(m -> m.due() != null).extracting(MemberDues.Month::month).first().isEqualTo(YearMonth.of(2026, 5));
    }

    @Test
    void aRowWithABadBaseStopsTheWholeAssessmentAndNamesTheRow() {
        assertThatThrownBy(() -> assessments.assessAll(branch, t.a1(), 2026, List.of(
                AssessMember.annual(t.memberA1(), 2026, DuesCategory.CIVIL_SERVANT, "4800.123"))))
                .satisfies(e -> assertThat(messages(e)).anyMatch(m -> m.startsWith("rows[0].base:")));
        assertThat(assessments.sheet(branch, t.a1(), 2026)).allMatch(r -> !r.assessed());
    }

    @Test
    void arrearsCountTheMonthsEndedUnpaidAndFiveBecomeSixWhenAugustEnds() {
        assessments.assess(branch, AssessMember.annual(t.memberA1(), 2026, DuesCategory.CIVIL_SERVANT, "4800"));
        payments.record(branch, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 2, 10), YearMonth.of(2026, 1),
                YearMonth.of(2026, 2)));
        assertThatThrownBy(() -> payments.record(branch, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 2, 11),
                YearMonth.of(2026, 1)))).satisfies(e -> assertThat(messages(e)).anyMatch(m -> m.contains("已交纳")));

        DuesFacts.MemberArrears arrears = queries.facts(List.of(t.a1()), LocalDate.of(2026, 8, 15)).get(t.a1())
                .arrears().get(0);
        assertThat(arrears.consecutive()).isEqualTo(5);
        assertThat(arrears.unpaid()).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5),
                YearMonth.of(2026, 6), YearMonth.of(2026, 7));
        assertThat(arrears.owed()).hasToString("240.00");
        assertThat(queries.facts(List.of(t.a1()), LocalDate.of(2026, 9, 1)).get(t.a1()).arrears().get(0).consecutive())
                .isEqualTo(6);

        // 党费交至 stops before the first unpaid month, even with a later month paid in advance
        payments.record(branch, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 8, 15), YearMonth.of(2026, 10)));
        assertThat(queries.paidUpTo(List.of(t.memberA1()))).containsEntry(t.memberA1(), YearMonth.of(2026, 2));

        clock.set(LocalDateTime.of(2026, 9, 2, 9, 0));
        payments.record(branch, new RecordPayment(t.memberA1(), List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4),
                YearMonth.of(2026, 5), YearMonth.of(2026, 6), YearMonth.of(2026, 7), YearMonth.of(2026, 8)), "288.00",
                LocalDate.of(2026, 9, 2), PaymentMethod.SELF, null, null, "补交"));
        assertThat(queries.facts(List.of(t.a1()), LocalDate.of(2026, 9, 2)).get(t.a1()).arrears()).isEmpty();
        assertThat(queries.paidUpTo(List.of(t.memberA1()))).containsEntry(t.memberA1(), YearMonth.of(2026, 8));
        payments.record(branch, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 9, 2), YearMonth.of(2026, 9)));
        assertThat(queries.paidUpTo(List.of(t.memberA1()))).containsEntry(t.memberA1(), YearMonth.of(2026, 10));
        assertThat(overview.arrears(trees.subtreeScope(t.a()), t.a())).isEmpty();
    }

    @Test
    void backPaymentBeyondSixMonthsNeedsTheBranchConsent() {
        assessments.assess(branch, AssessMember.annual(t.memberA1(), 2026, DuesCategory.CIVIL_SERVANT, "4800"));
        // paid in August: February is 6 months back, January 7
        payments.record(branch, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 8, 15), YearMonth.of(2026, 2)));
        assertThatThrownBy(() -> payments.record(branch, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 8, 15),
                YearMonth.of(2026, 1)))).satisfies(e -> assertThat(messages(e))
                .anyMatch(m -> m.startsWith("consent:") && m.contains("DF-12") && m.contains("2026年1月")));
        payments.record(branch, new RecordPayment(t.memberA1(), List.of(YearMonth.of(2026, 1)), null,
                LocalDate.of(2026, 8, 15), PaymentMethod.SELF, null, "支委会2026年8月10日研究同意补交", null));
        assertThat(payments.ofMember(branch, t.memberA1())).extracting(PaymentLine::timing).containsOnly("补交");
    }

    @Test
    void aProxyNamesWhoPaidAndTheAmountMustMatchTheMonths() {
        assessments.assess(branch, AssessMember.annual(t.memberA1(), 2026, DuesCategory.CIVIL_SERVANT, "4800"));
        assertThatThrownBy(() -> payments.record(branch, new RecordPayment(t.memberA1(), List.of(YearMonth.of(2026, 8)),
                "50", LocalDate.of(2026, 8, 15), PaymentMethod.PROXY, " ", null, null)))
                .satisfies(e -> assertThat(messages(e)).anyMatch(m -> m.startsWith("proxyName:")));
        assertThatThrownBy(() -> payments.record(branch, new RecordPayment(t.memberA1(), List.of(YearMonth.of(2026, 8)),
                "50", LocalDate.of(2026, 8, 15), PaymentMethod.PROXY, "王小红", null, null)))
                .satisfies(e -> assertThat(messages(e)).anyMatch(m -> m.startsWith("amount:") && m.contains("48.00")));
        String no = payments.record(branch, new RecordPayment(t.memberA1(), List.of(YearMonth.of(2026, 8), YearMonth.of(2026, 9),
                YearMonth.of(2026, 10)), "144", LocalDate.of(2026, 8, 15), PaymentMethod.PROXY, "王小红", null, null));
        List<RegisterLine> register = payments.register(branch, t.a1(), YearMonth.of(2026, 9));
        RegisterLine line = register.stream().filter(r -> r.memberId() == t.memberA1()).findFirst().orElseThrow();
        assertThat(line.paid()).hasToString("48.00");
        assertThat(line.method()).contains("王小红").contains("预交");
        assertThat(line.covered()).isEqualTo("2026-08至2026-10（3个月）");
        assertThat(no).startsWith("JF");
    }

    /**
     * DF-09: a 流动党员's months paid at the inflow organization are recorded by the branch, named with that
     * organization, and not owed; the money stays there, so the branch's collected total for its 上缴 leaves it out.
     */
    @Test
    void monthsPaidAtTheInflowOrganizationAreNotOwedNorCollectedByTheBranch() {
        assessments.assess(branch, AssessMember.annual(t.memberA1(), 2026, DuesCategory.CIVIL_SERVANT, "4800"));
        assertThatThrownBy(() -> payments.record(branch, new RecordPayment(t.memberA1(), List.of(YearMonth.of(2026, 6)),
                null, LocalDate.of(2026, 7, 10), PaymentMethod.AT_INFLOW, null, null, null)))
                .satisfies(e -> assertThat(messages(e)).anyMatch(m -> m.startsWith("proxyName:")));
        payments.record(branch, new RecordPayment(t.memberA1(), List.of(YearMonth.of(2026, 5), YearMonth.of(2026, 6)),
                null, LocalDate.of(2026, 7, 10), PaymentMethod.AT_INFLOW,
                "中共成都市锦江区发展和改革局机关第二支部委员会", null, "流动党员活动证记载"));
        payments.record(branch, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 7, 20), YearMonth.of(2026, 7)));
        RegisterLine june = payments.register(branch, t.a1(), YearMonth.of(2026, 6)).stream()
                .filter(r -> r.memberId() == t.memberA1()).findFirst().orElseThrow();
        assertThat(june.paid()).hasToString("48.00");
        assertThat(june.method()).contains("在流入地党组织交纳", "锦江区发展和改革局");
        long id = remittances.record(branch, new RecordRemittance(t.a1(), YearMonth.of(2026, 5), YearMonth.of(2026, 7),
                LocalDate.of(2026, 8, 5), "48.00", true, "YH20260805", "张会计", null));
        RemittanceView remitted = remittances.list(branch, t.a1(), 2026).stream().filter(r -> r.id() == id)
                .findFirst().orElseThrow();
        assertThat(remitted.collected()).as("July's 48.00 only: May and June stayed at the inflow organization")
                .hasToString("48.00");
        assertThat(remitted.collectedNow()).hasToString("48.00");
    }

    @Test
    void aCorrectionIsANewRowAndTheMonthIsOwedAgainWhenVoided() {
        assessments.assess(branch, AssessMember.annual(t.memberA1(), 2026, DuesCategory.CIVIL_SERVANT, "4800"));
        payments.record(branch, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 7, 5), YearMonth.of(2026, 7)));
        PaymentLine original = payments.ofMember(branch, t.memberA1()).get(0);
        payments.correct(branch, original.id(), "0", "误登记，实际未交");
        assertThatThrownBy(() -> payments.correct(branch, original.id(), "48", "再次更正"))
                .isInstanceOf(ConflictException.class);
        assertThat(payments.ofMember(branch, t.memberA1())).hasSize(2)
                .anySatisfy(p -> assertThat(p.superseded()).isTrue());
        assertThat(overview.memberYear(branch, t.memberA1(), 2026).arrears()).contains(YearMonth.of(2026, 7));
    }

    @Test
    void aReductionGoesThroughTheBranchAndTheCommitteeAndTheRegisterOwesTheApprovedAmount() {
        assessments.assess(branch, AssessMember.annual(t.memberA1(), 2026, DuesCategory.RETIRED, "3600"));
        long id = reductions.apply(branch, new ApplyReduction(t.memberA1(), true, null, YearMonth.of(2026, 9),
                YearMonth.of(2026, 12), "长期患病，生活困难", LocalDate.of(2026, 8, 10)));
        reductions.branchDecides(branch, id, true, LocalDate.of(2026, 8, 12), "支委会研究同意，报机关党委审批",
                reductions.get(branch, id).version());
        ReductionView waiting = reductions.get(branch, id);
        assertThat(waiting.status()).isEqualTo(ReductionStatus.BRANCH_AGREED);
        assertThat(waiting.approvingOrgId()).isEqualTo(t.a());

        assertThatThrownBy(() -> reductions.approve(branch, id, true, LocalDate.of(2026, 8, 14), "同意", null, waiting.version()))
                .isInstanceOf(cn.dangjian.shared.NotFoundException.class);
        // an outsider with a wrong version learns nothing either: not found, not a conflict
        assertThatThrownBy(() -> reductions.approve(branch, id, true, LocalDate.of(2026, 8, 14), "同意", null, 99))
                .isInstanceOf(cn.dangjian.shared.NotFoundException.class);
        assertThatThrownBy(() -> reductions.branchDecides(trees.subtreeScope(t.a2()), id, true, LocalDate.of(2026, 8, 14),
                "同意", 99)).isInstanceOf(cn.dangjian.shared.NotFoundException.class);
        AccessScope committee = trees.subtreeScope(t.a());
        reductions.approve(committee, id, true, LocalDate.of(2026, 8, 14), "同意免交", null, waiting.version());
        assertThatThrownBy(() -> reductions.approve(committee, id, true, LocalDate.of(2026, 8, 14), "同意", null,
                waiting.version())).isInstanceOf(ConflictException.class);

        MemberDues year = overview.memberYear(branch, t.memberA1(), 2026);
        assertThat(year.months().get(8).due()).hasToString("0.00");
        assertThat(year.months().get(8).reduced()).isTrue();
        assertThat(year.months().get(7).due()).hasToString("18.00");
        assertThat(assessments.sheet(branch, t.a1(), 2026).stream().filter(r -> r.memberId() == t.memberA1()).findFirst()
                .orElseThrow().reduction()).startsWith("免交（2026-09至2026-12）");
        assertThatThrownBy(() -> payments.record(branch, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 8, 15),
                YearMonth.of(2026, 9)))).satisfies(e -> assertThat(messages(e)).anyMatch(m -> m.contains("免交")));
    }

    @Test
    void aSalaryChangeIsOnlySuggestedUntilTheBranchRecordsIt() {
        assessments.assess(branch, AssessMember.annual(t.memberA1(), 2026, DuesCategory.CIVIL_SERVANT, "4800"));
        Reassessment s = assessments.suggest(branch, t.memberA1(), DuesCategory.CIVIL_SERVANT, "5200", YearMonth.of(2026, 7));
        assertThat(s.effectiveFrom()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(s.policy()).contains("DF-10");
        assertThat(s.calculation().monthly()).hasToString("78.00");
        assertThat(overview.memberYear(branch, t.memberA1(), 2026).months().get(7).due()).hasToString("48.00");

        assessments.assess(branch, new AssessMember(t.memberA1(), 2026, s.effectiveFrom(), DuesCategory.CIVIL_SERVANT,
                "5200", null, AssessmentKind.CHANGE, null, "2026年7月调资"));
        MemberDues year = overview.memberYear(branch, t.memberA1(), 2026);
        assertThat(year.months().get(5).due()).hasToString("48.00");
        assertThat(year.months().get(6).due()).hasToString("78.00");
        assertThat(assessments.history(branch, t.memberA1(), 2026)).extracting(AssessmentView::kind)
                .containsExactly(AssessmentKind.ANNUAL, AssessmentKind.CHANGE);
    }


    @Test
    void aBatchIsCheckedRowByRowAndImportingItTwiceChangesNothing() {
        assessments.assess(branch, AssessMember.annual(t.memberA1(), 2026, DuesCategory.CIVIL_SERVANT, "4800"));
        List<PaymentBatch.Row> rows = List.of(
                new PaymentBatch.Row(RecordPayment.self(t.memberA1(), LocalDate.of(2026, 1, 6), YearMonth.of(2026, 1)), "bank-001"),
                new PaymentBatch.Row(RecordPayment.self(t.memberA1(), LocalDate.of(2026, 2, 6), YearMonth.of(2026, 2)), "bank-002"),
                new PaymentBatch.Row(RecordPayment.self(t.memberA1(), LocalDate.of(2026, 2, 7), YearMonth.of(2026, 2)), "bank-003"),
                new PaymentBatch.Row(RecordPayment.self(t.memberA2(), LocalDate.of(2026, 2, 7), YearMonth.of(2026, 2)), "bank-004"));
        PaymentBatch.Result first = payments.recordAll(branch, t.a1(), rows, "IMPORT");
        assertThat(first.written()).isEqualTo(2);
        assertThat(first.refused()).containsOnlyKeys(2, 3);
        assertThat(first.refused().get(2)).extracting(p -> p.message()).anyMatch(m -> m.contains("已交纳"));
        assertThat(first.refused().get(3)).extracting(p -> p.field()).containsExactly("memberId");

        PaymentBatch.Result again = payments.recordAll(branch, t.a1(), rows.subList(0, 2), "IMPORT");
        assertThat(again.written()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(payments.ofMember(branch, t.memberA1())).hasSize(2);
        assertThat(overview.memberYear(branch, t.memberA1(), 2026).paidUpTo()).isEqualTo(YearMonth.of(2026, 2));
    }

    @Test
    void twoPaymentsOfTheSameMonthAtOnceRecordOneAndRefuseTheOther() throws Exception {
        assessments.assess(branch, AssessMember.annual(t.memberA1(), 2026, DuesCategory.CIVIL_SERVANT, "4800"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    return payments.record(branch, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 8, 15),
                            YearMonth.of(2026, 8)));
                } catch (InvalidInputException e) {
                    return "refused";
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new java.util.ArrayList<>();
        for (var f : results) {
            outcomes.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).filteredOn("refused"::equals).hasSize(1);
        assertThat(payments.ofMember(branch, t.memberA1())).hasSize(1);
    }
}
