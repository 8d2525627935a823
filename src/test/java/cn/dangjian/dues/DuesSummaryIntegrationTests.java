package cn.dangjian.dues;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.member.Members;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ScopeLevel;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 党费汇总 reads a rollup kept by triggers on the register (V32). After payments, a correction, a 核定 and a
 * branch moving elsewhere, the rollup still equals the register summed per organization and ancestor, and each
 * summary line equals the register summed over that child's subtree. An organization-only scope sees its own
 * members' figures and nothing of its branches; a branch with members and no 核定 is counted; what was handed up
 * stands beside the share of 实交 to hand up.
 */
@ClockedIntegrationTest
class DuesSummaryIntegrationTests {

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth DEC = YearMonth.of(2026, 12);

    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    Members members;
    @Autowired
    OrgUnits orgs;
    @Autowired
    DuesAssessments assessments;
    @Autowired
    DuesPayments payments;
    @Autowired
    DuesOverview overview;
    @Autowired
    DuesRemittances remittances;
    @Autowired
    JdbcClient jdbc;

    private TestTree.Tree t;
    private long colleague;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 5, 20, 10, 0));
        t = trees.build();
        colleague = TwoAssessedMembers.in(trees, t, members, assessments, "孙明");
        AccessScope a1 = trees.subtreeScope(t.a1());
        payments.record(a1, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 1, 5), JAN, YearMonth.of(2026, 2)));
        // 3月 paid in May: 补交
        payments.record(a1, RecordPayment.self(t.memberA1(), LocalDate.of(2026, 5, 6), YearMonth.of(2026, 3)));
    }

    @Test
    void theSummaryAddsUpTheRegisterThroughPaymentsACorrectionAnAssessmentAndAMove() {
        assertRollupMatchesRegister();
        assertSummaryMatchesRegister(t.a());

        AccessScope a2 = trees.subtreeScope(t.a2());
        assessments.assess(a2, AssessMember.annual(t.memberA2(), 2026, DuesCategory.RETIRED, "5000.01"));
        payments.record(a2, RecordPayment.self(t.memberA2(), LocalDate.of(2026, 4, 5), JAN, YearMonth.of(2026, 2),
                YearMonth.of(2026, 3), YearMonth.of(2026, 4)));
        long february = payments.ofMember(trees.subtreeScope(t.a1()), t.memberA1()).stream()
                .filter(p -> p.month().equals(YearMonth.of(2026, 2))).findFirst().orElseThrow().id();
        payments.correct(trees.subtreeScope(t.a1()), february, "0", "登记错误，该月未交");
        assertRollupMatchesRegister();
        SummaryRow a1Row = assertSummaryMatchesRegister(t.a()).stream().filter(r -> r.orgId() == t.a1()).findFirst().orElseThrow();
        // 48.00 (1%) and 93.00 (1.5%) a month; paid 48.00 for January and 48.00 for March (in May: 补交); of the
        // months ended (January–April) 48.00 × 2 and 93.00 × 4 are owed
        assertThat(a1Row.members()).isEqualTo(2);
        assertThat(a1Row.due()).hasToString("1692.00");
        assertThat(a1Row.paid()).hasToString("96.00");
        assertThat(a1Row.backPaid()).hasToString("48.00");
        assertThat(a1Row.owed()).hasToString("468.00");
        assertThat(a1Row.membersOwing()).isEqualTo(2);

        orgs.move(AccessScope.system(), t.a2(), t.root(), orgs.get(AccessScope.system(), t.a2()).version());
        assertRollupMatchesRegister();
        assertThat(overview.summary(AccessScope.system(), t.a(), JAN, DEC)).extracting(SummaryRow::orgId)
                .doesNotContain(t.a2());
        assertThat(assertSummaryMatchesRegister(t.root())).extracting(SummaryRow::orgId).contains(t.a(), t.a2());
    }

    @Test
    void anOrganizationOnlyScopeSeesItsOwnMembersAndNothingOfItsBranches() {
        AccessScope committeeOnly = trees.scope(ScopeLevel.ORG_ONLY, t.a(), null);
        List<SummaryRow> rows = overview.summary(committeeOnly, t.a(), JAN, DEC);
        assertThat(rows).singleElement().satisfies(total -> {
            assertThat(total.total()).isTrue();
            assertThat(total.due()).hasToString("0.00");
            assertThat(total.members()).isZero();
            assertThat(total.unassessed()).isZero();
        });
        List<SummaryRow> subtree = overview.summary(trees.subtreeScope(t.a()), t.a(), JAN, DEC);
        assertThat(subtree.get(subtree.size() - 1).due()).hasToString("1692.00");
    }

    @Test
    void aBranchWithoutAssessmentIsCountedAndRemittancesStandBesideTheShareToHandUp() {
        remittances.record(trees.subtreeScope(t.a1()), new RecordRemittance(t.a1(), JAN, YearMonth.of(2026, 3),
                LocalDate.of(2026, 5, 10), "144.00", true, "YH20260510-1", "周会计", null));
        List<SummaryRow> rows = overview.summary(trees.subtreeScope(t.a()), t.a(), JAN, DEC);
        SummaryRow a1 = rows.stream().filter(r -> r.orgId() == t.a1()).findFirst().orElseThrow();
        SummaryRow a2 = rows.stream().filter(r -> r.orgId() == t.a2()).findFirst().orElseThrow();
        assertThat(a1.unassessed()).isZero();
        assertThat(a2.unassessed()).isEqualTo(1);
        assertThat(a2.due()).hasToString("0.00");
        assertThat(a1.remitDue()).hasToString("144.00");
        assertThat(a1.remitted()).hasToString("144.00");
        assertThat(a1.remitOutstanding()).hasToString("0.00");
        SummaryRow total = rows.get(rows.size() - 1);
        assertThat(total.unassessed()).isEqualTo(1);
        assertThat(total.remitted()).hasToString("144.00");
        // a remittance of another year's period is not counted in this one
        List<SummaryRow> lastYear = overview.summary(trees.subtreeScope(t.a()), t.a(), YearMonth.of(2025, 1),
                YearMonth.of(2025, 12));
        assertThat(lastYear.get(lastYear.size() - 1).remitted()).hasToString("0.00");
    }

    /** Every rollup row equals the register summed for that organization (as holder or ancestor) and month. */
    private void assertRollupMatchesRegister() {
        List<String> differences = jdbc.sql("""
                        WITH expected AS (
                            SELECT a.id::bigint AS org_id, d.month, count(*) AS members, sum(d.due_fen) AS due,
                                   sum(d.paid_fen) AS paid,
                                   COALESCE(sum(d.due_fen - d.paid_fen) FILTER (WHERE d.paid_fen < d.due_fen), 0) AS unpaid,
                                   COALESCE(sum(d.paid_fen) FILTER (WHERE d.paid_on >= d.month + interval '1 month'), 0) AS back,
                                   count(*) FILTER (WHERE d.paid_fen < d.due_fen) AS owing
                            FROM dues_month d CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM d.org_path), '/')) a(id)
                            GROUP BY 1, 2),
                        actual AS (
                            SELECT org_id, month, members, due_fen AS due, paid_fen AS paid, unpaid_fen AS unpaid,
                                   back_paid_fen AS back, owing
                            FROM dues_rollup WHERE members <> 0 OR due_fen <> 0 OR paid_fen <> 0)
                        (SELECT 'missing ' || e.org_id || ' ' || e.month FROM (SELECT * FROM expected EXCEPT SELECT * FROM actual) e)
                        UNION ALL
                        (SELECT 'extra ' || x.org_id || ' ' || x.month FROM (SELECT * FROM actual EXCEPT SELECT * FROM expected) x)""")
                .query(String.class).list();
        assertThat(differences).isEmpty();
    }

    /** Each child's line equals the register summed over its subtree for the year, months ended by today. */
    private List<SummaryRow> assertSummaryMatchesRegister(long orgId) {
        List<SummaryRow> rows = overview.summary(AccessScope.system(), orgId, JAN, DEC);
        for (SummaryRow row : rows) {
            if (row.total() || row.orgId() == orgId) {
                continue;
            }
            String path = orgs.ref(row.orgId()).orElseThrow().path();
            List<Long> sums = jdbc.sql("""
                            SELECT sum(due_fen), sum(paid_fen),
                                   COALESCE(sum(due_fen - paid_fen) FILTER (WHERE paid_fen < due_fen AND month < DATE '2026-05-01'), 0),
                                   COALESCE(sum(paid_fen) FILTER (WHERE paid_on >= month + interval '1 month'), 0),
                                   count(DISTINCT member_id) FILTER (WHERE paid_fen < due_fen AND month < DATE '2026-05-01')
                            FROM dues_month WHERE org_path LIKE :p AND month BETWEEN DATE '2026-01-01' AND DATE '2026-12-01'""")
                    .param("p", path + "%")
                    .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                    .single();
            assertThat(List.of(row.due().value(), row.paid().value(), row.owed().value(), row.backPaid().value(),
                    (long) row.membersOwing())).as(row.orgName()).isEqualTo(sums);
        }
        return rows;
    }
}
