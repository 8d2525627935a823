package cn.dangjian.dues.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register {@code dues_month}: per member and month, the amount due in force (the latest 核定 of that year in
 * force by then, or an approved 少交/免交 covering the month) and what was paid (the latest entry of each payment
 * chain). It is derived data, recomputed from the append-only tables by {@link #refresh} in the writing
 * transaction, so a ledger, an arrears list or a summary is one indexed read.
 */
@Repository
public class RegisterStore {

    private final JdbcClient jdbc;

    RegisterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises payments of the same member-months: locks their register rows (in a fixed order, so two batches
     * cannot deadlock) until the transaction ends. A writer that waited reads the register again afterwards and
     * finds the month paid. Row locks cost no shared lock-table slots, so a batch may lock any number of them.
     */
    public void lockMonths(Collection<Long> memberIds, YearMonth from, YearMonth until) {
        if (memberIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        SELECT count(*) FROM (SELECT 1 FROM dues_month WHERE member_id = ANY(:ids) AND month BETWEEN :from AND :until
                                              ORDER BY member_id, month FOR UPDATE) locked""")
                .param("ids", memberIds.toArray(new Long[0])).param("from", from.atDay(1)).param("until", until.atDay(1))
                .query(Long.class).single();
    }

    /**
     * Marks these member-months (parallel lists) paid in full on the given days, where still unpaid; returns how
     * many rows changed. Each row locks until the transaction ends, so a concurrent writer waits and then finds them
     * paid.
     */
    public int markPaid(List<Long> memberIds, List<LocalDate> months, List<LocalDate> paidOn) {
        if (memberIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        UPDATE dues_month d SET paid_fen = d.due_fen, paid_on = v.paid_on
                        FROM unnest(CAST(:members AS bigint[]), CAST(CAST(:months AS text[]) AS date[]),
                                    CAST(CAST(:paid AS text[]) AS date[]))
                             AS v(member_id, month, paid_on)
                        WHERE d.member_id = v.member_id AND d.month = v.month AND d.paid_fen = 0 AND d.due_fen > 0""")
                .param("members", memberIds.toArray(new Long[0]))
                .param("months", months.stream().map(LocalDate::toString).toArray(String[]::new))
                .param("paid", paidOn.stream().map(LocalDate::toString).toArray(String[]::new))
                .update();
    }

    /** The register lines of these members between two months inclusive. */
    public List<Line> linesOfMembers(Collection<Long> memberIds, YearMonth from, YearMonth until) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT member_id, org_id, month, due_fen, paid_fen, paid_on, reduction_id FROM dues_month
                        WHERE member_id = ANY(:ids) AND month BETWEEN :from AND :until""")
                .param("ids", memberIds.toArray(new Long[0])).param("from", from.atDay(1)).param("until", until.atDay(1))
                .query(RegisterStore::line).list();
    }

    /** Recomputes the register of these members for {@code year}, in two statements whatever their number. */
    public void refresh(Collection<Long> memberIds, int year) {
        refresh(memberIds, YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    /**
     * Recomputes the register of these members for the months {@code from}…{@code until} of one year (a batch of
     * one month's payments rewrites that month only), in two statements whatever their number.
     */
    public void refresh(Collection<Long> memberIds, YearMonth from, YearMonth until) {
        if (memberIds.isEmpty()) {
            return;
        }
        if (from.getYear() != until.getYear()) {
            throw new IllegalArgumentException("one year at a time: " + from + ".." + until);
        }
        Long[] ids = memberIds.toArray(new Long[0]);
        jdbc.sql("DELETE FROM dues_month WHERE member_id = ANY(:ids) AND month BETWEEN :from AND :until")
                .param("ids", ids).param("from", from.atDay(1)).param("until", until.atDay(1)).update();
        jdbc.sql("""
                INSERT INTO dues_month (member_id, month, org_id, org_path, assessment_id, reduction_id, due_fen, paid_fen,
                                        paid_on, elsewhere_fen)
                SELECT t.member_id, mo.month, a.org_id, a.org_path, a.id, r.id,
                       COALESCE(r.approved_fen, a.monthly_fen), COALESCE(p.paid, 0), p.paid_on, COALESCE(p.elsewhere, 0)
                FROM unnest(CAST(:ids AS bigint[])) AS t(member_id)
                CROSS JOIN (SELECT CAST(generate_series(CAST(:from AS date), CAST(:until AS date), interval '1 month') AS date) AS month) mo
                JOIN LATERAL (SELECT d.id, d.org_id, d.org_path, d.monthly_fen FROM dues_assessment d
                              WHERE d.member_id = t.member_id AND d.year = :y AND d.effective_from <= mo.month
                              ORDER BY d.effective_from DESC, d.id DESC LIMIT 1) a ON true
                LEFT JOIN LATERAL (SELECT r.id, r.approved_fen FROM dues_reduction r
                              WHERE r.member_id = t.member_id AND r.status = 'APPROVED'
                                AND mo.month BETWEEN r.from_month AND r.until_month
                              ORDER BY r.id DESC LIMIT 1) r ON true
                LEFT JOIN LATERAL (SELECT sum(x.amount_fen) AS paid, max(x.paid_on) FILTER (WHERE x.amount_fen > 0) AS paid_on,
                                          sum(x.amount_fen) FILTER (WHERE x.method = 'AT_INFLOW') AS elsewhere
                              FROM dues_payment x
                              WHERE x.member_id = t.member_id AND x.month = mo.month
                                AND NOT EXISTS (SELECT 1 FROM dues_payment c WHERE c.corrects_id = x.id)) p ON true""")
                .param("ids", ids).param("y", from.getYear()).param("from", from.atDay(1)).param("until", until.atDay(1))
                .update();
    }

    /** A member's register lines between two months inclusive. */
    public List<Line> lines(long memberId, YearMonth from, YearMonth until) {
        return jdbc.sql("""
                        SELECT member_id, org_id, month, due_fen, paid_fen, paid_on, reduction_id FROM dues_month
                        WHERE member_id = :m AND month BETWEEN :from AND :until ORDER BY month""")
                .param("m", memberId).param("from", from.atDay(1)).param("until", until.atDay(1))
                .query(RegisterStore::line).list();
    }

    /** The lines of every member held by these organizations between two months inclusive, by member and month. */
    public List<Line> linesOf(Collection<Long> orgIds, YearMonth from, YearMonth until) {
        if (orgIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT member_id, org_id, month, due_fen, paid_fen, paid_on, reduction_id FROM dues_month
                        WHERE org_id = ANY(:orgs) AND month BETWEEN :from AND :until ORDER BY member_id, month""")
                .param("orgs", orgIds.toArray(new Long[0])).param("from", from.atDay(1)).param("until", until.atDay(1))
                .query(RegisterStore::line).list();
    }

    /**
     * The sums of one organization's own members (not its subtree's) between two months: members with a line,
     * 应交, 实交, members with a month unpaid that has ended by {@code today}, 欠交 of ended months and 补交.
     */
    public OrgTotals ownTotals(long orgId, YearMonth from, YearMonth until, LocalDate today) {
        return jdbc.sql("""
                        SELECT count(DISTINCT member_id) AS members, COALESCE(sum(due_fen), 0) AS due,
                               COALESCE(sum(paid_fen), 0) AS paid,
                               count(DISTINCT member_id) FILTER (WHERE paid_fen < due_fen AND month < :current) AS owing,
                               COALESCE(sum(due_fen - paid_fen) FILTER (WHERE paid_fen < due_fen AND month < :current), 0) AS owed,
                               COALESCE(sum(paid_fen) FILTER (WHERE paid_on >= (month + interval '1 month')), 0) AS back_paid,
                               COALESCE(sum(elsewhere_fen), 0) AS elsewhere
                        FROM dues_month WHERE org_id = :org AND month BETWEEN :from AND :until""")
                .param("org", orgId).param("from", from.atDay(1)).param("until", until.atDay(1))
                .param("current", YearMonth.from(today).atDay(1))
                .query((rs, n) -> new OrgTotals(orgId, rs.getInt("members"), rs.getLong("due"), rs.getLong("paid"),
                        rs.getInt("owing"), rs.getLong("owed"), rs.getLong("back_paid"), rs.getLong("elsewhere")))
                .single();
    }

    /** The months of these organizations' members that ended unpaid between {@code from} and the month before {@code today}. */
    public List<Line> unpaid(Collection<Long> orgIds, YearMonth from, LocalDate today) {
        if (orgIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT member_id, org_id, month, due_fen, paid_fen, paid_on, reduction_id FROM dues_month
                        WHERE org_id = ANY(:orgs) AND month >= :from AND month < :current AND paid_fen < due_fen
                        ORDER BY member_id, month""")
                .param("orgs", orgIds.toArray(new Long[0])).param("from", from.atDay(1))
                .param("current", YearMonth.from(today).atDay(1))
                .query(RegisterStore::line).list();
    }

    /**
     * 党费交至 for each of these members: the month before their first month not paid in full, or — with none — their
     * last month in the register; a member whose first month is unpaid, or without any month, is absent. A month
     * waived by an approved 免交 counts as paid.
     */
    public java.util.Map<Long, YearMonth> paidUpTo(Collection<Long> memberIds) {
        java.util.Map<Long, YearMonth> result = new java.util.HashMap<>();
        if (memberIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        SELECT member_id, min(month) AS first, max(month) AS last,
                               min(month) FILTER (WHERE paid_fen < due_fen) AS first_unpaid
                        FROM dues_month WHERE member_id = ANY(:ids) GROUP BY member_id""")
                .param("ids", memberIds.toArray(new Long[0]))
                .query((rs, n) -> {
                    YearMonth first = YearMonth.from(rs.getObject("first", LocalDate.class));
                    LocalDate unpaid = rs.getObject("first_unpaid", LocalDate.class);
                    YearMonth upTo = unpaid == null ? YearMonth.from(rs.getObject("last", LocalDate.class))
                            : YearMonth.from(unpaid).minusMonths(1);
                    return upTo.isBefore(first) ? null : result.put(rs.getLong("member_id"), upTo);
                })
                .list();
        return result;
    }

    /** Each organization's first month in the register: since when it keeps its dues here. */
    public java.util.Map<Long, YearMonth> firstMonths(Collection<Long> orgIds) {
        java.util.Map<Long, YearMonth> result = new java.util.HashMap<>();
        if (orgIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT org_id, min(month) AS first FROM dues_month WHERE org_id = ANY(:orgs) GROUP BY org_id")
                .param("orgs", orgIds.toArray(new Long[0]))
                .query((rs, n) -> result.put(rs.getLong("org_id"), YearMonth.from(rs.getObject("first", LocalDate.class))))
                .list();
        return result;
    }

    /** The organizations under this path prefix that hold any register line. */
    public List<Long> orgsUnder(String pathPrefix) {
        return jdbc.sql("SELECT DISTINCT org_id FROM dues_month WHERE org_path LIKE :prefix")
                .param("prefix", pathPrefix + "%").query(Long.class).list();
    }

    private static Line line(ResultSet rs, int n) throws SQLException {
        Long reduction = rs.getObject("reduction_id", Long.class);
        return new Line(rs.getLong("member_id"), rs.getLong("org_id"), YearMonth.from(rs.getObject("month", LocalDate.class)),
                rs.getLong("due_fen"), rs.getLong("paid_fen"), rs.getObject("paid_on", LocalDate.class), reduction);
    }

    /** One member-month of the register. */
    public record Line(long memberId, long orgId, YearMonth month, long dueFen, long paidFen, LocalDate paidOn,
                       Long reductionId) {

        public boolean owing() {
            return paidFen < dueFen;
        }
    }

    /**
     * One organization's sums over a period; {@code elsewhereFen} of 实交 was paid at an inflow organization (DF-09),
     * which keeps it.
     */
    public record OrgTotals(long orgId, int members, long dueFen, long paidFen, int membersOwing, long owedFen,
                            long backPaidFen, long elsewhereFen) {

        /** What the organization itself collected: 实交 less what was paid at an inflow organization. */
        public long heldFen() {
            return paidFen - elsewhereFen;
        }
    }
}
