package cn.dangjian.dues.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads behind the 党费汇总: sums from {@code dues_rollup} (kept per organization and each ancestor by the
 * register's triggers, V32), so an organization's whole subtree is a dozen rows whatever its size; the members in
 * arrears from the register lines not paid in full (a partial index holds only those); what was remitted.
 */
@Component
public class SummaryStore {

    private final JdbcClient jdbc;

    SummaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An organization's subtree summed over a span: members in the span's last month with any, 应交, 实交, 欠交 of
     * the months ended by {@code today}, and 补交 (paid after its month).
     */
    public record Sums(long orgId, int members, long dueFen, long paidFen, long owedFen, long backPaidFen) {

        public static Sums none(long orgId) {
            return new Sums(orgId, 0, 0, 0, 0, 0);
        }

        public Sums minus(Sums other) {
            return new Sums(orgId, members - other.members, dueFen - other.dueFen, paidFen - other.paidFen,
                    owedFen - other.owedFen, backPaidFen - other.backPaidFen);
        }

        public boolean empty() {
            return members == 0 && dueFen == 0 && paidFen == 0 && owedFen == 0 && backPaidFen == 0;
        }
    }

    /** The sums of each of these organizations' subtrees between two months inclusive. */
    public Map<Long, Sums> sums(Collection<Long> orgIds, YearMonth from, YearMonth until, LocalDate today) {
        Map<Long, Sums> result = new HashMap<>();
        if (orgIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        SELECT org_id,
                               COALESCE((array_agg(members ORDER BY month DESC) FILTER (WHERE members > 0))[1], 0) AS members,
                               sum(due_fen) AS due, sum(paid_fen) AS paid,
                               COALESCE(sum(unpaid_fen) FILTER (WHERE month < :current), 0) AS owed,
                               sum(back_paid_fen) AS back_paid
                        FROM dues_rollup WHERE org_id = ANY(:ids) AND month BETWEEN :from AND :until
                        GROUP BY org_id""")
                .param("ids", orgIds.toArray(new Long[0])).param("from", from.atDay(1)).param("until", until.atDay(1))
                .param("current", YearMonth.from(today).atDay(1))
                .query((rs, n) -> result.put(rs.getLong("org_id"), new Sums(rs.getLong("org_id"), rs.getInt("members"),
                        rs.getLong("due"), rs.getLong("paid"), rs.getLong("owed"), rs.getLong("back_paid"))))
                .list();
        return result;
    }

    /** Members with a month in the span that ended unpaid, per organization holding them (with its path). */
    public record Owing(long orgId, String orgPath, int members) {
    }

    public List<Owing> owing(String pathPrefix, YearMonth from, YearMonth until, LocalDate today) {
        return jdbc.sql("""
                        SELECT org_id, min(org_path) AS org_path, count(DISTINCT member_id) AS members FROM dues_month
                        WHERE paid_fen < due_fen AND month BETWEEN :from AND :until AND month < :current
                          AND org_path LIKE :prefix
                        GROUP BY org_id""")
                .param("from", from.atDay(1)).param("until", until.atDay(1))
                .param("current", YearMonth.from(today).atDay(1)).param("prefix", pathPrefix + "%")
                .query((rs, n) -> new Owing(rs.getLong("org_id"), rs.getString("org_path"), rs.getInt("members")))
                .list();
    }

    /** Those of these organizations whose members have any register line in {@code year}: those that ran the 核定. */
    public Set<Long> keepingRegister(Collection<Long> orgIds, int year) {
        if (orgIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT org_id FROM dues_rollup
                        WHERE org_id = ANY(:ids) AND month BETWEEN make_date(:y, 1, 1) AND make_date(:y, 12, 1) AND members > 0""")
                .param("ids", orgIds.toArray(new Long[0])).param("y", year).query(Long.class).list());
    }

    /** Remitted, per remitting organization (with its path), for periods ending within the span (corrections applied). */
    public record Remitted(long orgId, String orgPath, long fen) {
    }

    public List<Remitted> remitted(String pathPrefix, YearMonth from, YearMonth until) {
        return jdbc.sql("""
                        SELECT r.org_id, min(r.org_path) AS org_path, sum(r.remitted_fen) AS fen FROM dues_remittance r
                        WHERE r.org_path LIKE :prefix AND r.period_until BETWEEN :from AND :until
                          AND NOT EXISTS (SELECT 1 FROM dues_remittance c WHERE c.corrects_id = r.id)
                        GROUP BY r.org_id""")
                .param("prefix", pathPrefix + "%").param("from", from.atDay(1)).param("until", until.atDay(1))
                .query((rs, n) -> new Remitted(rs.getLong("org_id"), rs.getString("org_path"), rs.getLong("fen")))
                .list();
    }
}
