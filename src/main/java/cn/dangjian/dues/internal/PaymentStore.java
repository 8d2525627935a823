package cn.dangjian.dues.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.dangjian.dues.PaymentLine;
import cn.dangjian.dues.PaymentMethod;
import cn.dangjian.shared.Fen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only payment rows ({@code dues_payment}), one per member and month paid. */
@Repository
public class PaymentStore {

    private static final String COLUMNS = """
            p.id, p.payment_no, p.member_id, p.month, p.amount_fen, p.paid_on, p.method, p.proxy_name, p.consent,
            p.source, p.corrects_id, p.note, p.recorded_by,
            EXISTS (SELECT 1 FROM dues_payment c WHERE c.corrects_id = p.id) AS superseded""";

    private final JdbcClient jdbc;

    PaymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new payment number: 「JF」 and a number from the table's sequence, shared by the months it covers. */
    public String nextNumber() {
        return "JF" + jdbc.sql("SELECT nextval(pg_get_serial_sequence('dues_payment', 'id'))").query(Long.class).single();
    }

    public long insert(String paymentNo, long memberId, long orgId, String orgPath, YearMonth month, Fen amount,
                       LocalDate paidOn, PaymentMethod method, String proxyName, String consent, String source,
                       String importKey, Long corrects, String note, String actor) {
        return jdbc.sql("""
                        INSERT INTO dues_payment (payment_no, member_id, org_id, org_path, month, amount_fen, paid_on, method,
                            proxy_name, consent, source, import_key, corrects_id, note, recorded_by)
                        VALUES (:no, :member, :org, :path, :month, :amount, :paid, :method, :proxy, :consent, :source,
                            :key, :corrects, :note, :actor)
                        RETURNING id""")
                .param("no", paymentNo).param("member", memberId).param("org", orgId).param("path", orgPath)
                .param("month", month.atDay(1)).param("amount", amount.value()).param("paid", paidOn)
                .param("method", method.name()).param("proxy", proxyName).param("consent", consent)
                .param("source", source).param("key", importKey).param("corrects", corrects).param("note", note)
                .param("actor", actor).query(Long.class).single();
    }

    public Optional<PaymentLine> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dues_payment p WHERE p.id = :id").param("id", id)
                .query(PaymentStore::line).optional();
    }

    /** Which of these import keys were already recorded (kept on a payment's first row; a re-import skips them). */
    public java.util.Set<String> importedAmong(Collection<String> keys) {
        if (keys.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("SELECT import_key FROM dues_payment WHERE import_key = ANY(:keys)")
                .param("keys", keys.toArray(new String[0])).query(String.class).list());
    }

    /** {@code n} new payment numbers, in one statement. */
    public List<String> nextNumbers(int n) {
        return jdbc.sql("SELECT 'JF' || nextval(pg_get_serial_sequence('dues_payment', 'id')) FROM generate_series(1, :n)")
                .param("n", n).query(String.class).list();
    }

    /** Every row of a member's payments, newest first. */
    public List<PaymentLine> ofMember(long memberId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dues_payment p WHERE p.member_id = :m ORDER BY p.paid_on DESC, p.id DESC LIMIT :n")
                .param("m", memberId).param("n", limit).query(PaymentStore::line).list();
    }

    /** The rows in force (not replaced by a correction) of these members for a month. */
    public List<PaymentLine> inForce(Collection<Long> memberIds, YearMonth month) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM dues_payment p WHERE p.member_id = ANY(:ids) AND p.month = :m"
                        + " AND NOT EXISTS (SELECT 1 FROM dues_payment c WHERE c.corrects_id = p.id) ORDER BY p.id")
                .param("ids", memberIds.toArray(new Long[0])).param("m", month.atDay(1)).query(PaymentStore::line).list();
    }

    /** The months each payment number covers, as 「2026-01至2026-03」 or 「2026-05」. */
    public java.util.Map<String, String> covered(Collection<String> paymentNos) {
        java.util.Map<String, String> result = new java.util.HashMap<>();
        if (paymentNos.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT payment_no, min(month) AS first, max(month) AS last, count(*) AS n FROM dues_payment"
                        + " WHERE payment_no = ANY(:nos) GROUP BY payment_no")
                .param("nos", paymentNos.toArray(new String[0]))
                .query((rs, n) -> {
                    YearMonth first = YearMonth.from(rs.getObject("first", LocalDate.class));
                    YearMonth last = YearMonth.from(rs.getObject("last", LocalDate.class));
                    return result.put(rs.getString("payment_no"), first.equals(last) ? first.toString()
                            : first + "至" + last + "（" + rs.getInt("n") + "个月）");
                }).list();
        return result;
    }

    private static PaymentLine line(ResultSet rs, int n) throws SQLException {
        return new PaymentLine(rs.getLong("id"), rs.getString("payment_no"), rs.getLong("member_id"),
                YearMonth.from(rs.getObject("month", LocalDate.class)), Fen.of(rs.getLong("amount_fen")),
                rs.getObject("paid_on", LocalDate.class), PaymentMethod.valueOf(rs.getString("method")),
                rs.getString("proxy_name"), rs.getString("consent"), rs.getString("source"),
                rs.getObject("corrects_id", Long.class), rs.getBoolean("superseded"), rs.getString("note"),
                rs.getString("recorded_by"));
    }
}
