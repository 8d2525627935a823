package cn.dangjian.dues.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import cn.dangjian.dues.DuesRecorded;
import cn.dangjian.dues.RecordPayment;
import cn.dangjian.member.MemberPlacement;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.FieldProblem;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Many payments at once — an import file, the demo's year — checked row by row exactly like a single payment
 * ({@link PaymentWriter#check}, with the months accepted earlier in the batch counted as paid), then written with
 * {@code COPY}, the months marked paid in the register, and one audit entry for the batch. A row whose import
 * key was already recorded is skipped, so importing the same file twice changes nothing.
 */
@Component
public class BulkPayments {

    private static final int COPY_CHUNK = 20_000;

    private final PaymentWriter writer;
    private final PaymentStore payments;
    private final RegisterStore register;
    private final DataSource dataSource;
    private final ApplicationEventPublisher events;

    BulkPayments(PaymentWriter writer, PaymentStore payments, RegisterStore register, DataSource dataSource,
                 ApplicationEventPublisher events) {
        this.writer = writer;
        this.payments = payments;
        this.register = register;
        this.dataSource = dataSource;
        this.events = events;
    }

    /** One payment of the batch: the member (already checked against the caller's scope), the payment, its key. */
    public record Row(MemberPlacement member, RecordPayment payment, String importKey) {
    }

    /** What happened: rows written, rows skipped as already imported, and the problems of each refused row. */
    public record Result(int written, int skipped, Map<Integer, List<FieldProblem>> refused) {
    }

    public Result write(String actor, long batchOrg, List<Row> rows, LocalDate today, String source) {
        Set<Long> memberIds = new HashSet<>();
        YearMonth from = null;
        YearMonth until = null;
        for (Row r : rows) {
            memberIds.add(r.member().memberId());
            for (YearMonth m : r.payment().months() == null ? List.<YearMonth>of() : r.payment().months()) {
                if (m != null) {
                    from = from == null || m.isBefore(from) ? m : from;
                    until = until == null || m.isAfter(until) ? m : until;
                }
            }
        }
        if (memberIds.isEmpty()) {
            return new Result(0, 0, Map.of());
        }
        Map<Long, Map<YearMonth, RegisterStore.Line>> lines = new HashMap<>();
        if (from != null) {
            register.linesOfMembers(memberIds, from, until)
                    .forEach(l -> lines.computeIfAbsent(l.memberId(), k -> new HashMap<>()).put(l.month(), l));
        }
        Set<String> seen = payments.importedAmong(rows.stream().map(Row::importKey).filter(k -> k != null).toList());
        seen = new HashSet<>(seen);
        Map<Integer, List<FieldProblem>> refused = new LinkedHashMap<>();
        List<Accepted> accepted = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.importKey() != null && !seen.add(r.importKey())) {
                skipped++;
                continue;
            }
            Map<YearMonth, RegisterStore.Line> own = lines.computeIfAbsent(r.member().memberId(), k -> new HashMap<>());
            List<FieldProblem> problems = new ArrayList<>();
            PaymentWriter.Checked checked = writer.check(r.payment(), own, today, problems);
            if (!problems.isEmpty()) {
                refused.put(i, problems);
                continue;
            }
            for (YearMonth m : checked.months()) {
                RegisterStore.Line l = own.get(m);
                own.put(m, new RegisterStore.Line(l.memberId(), l.orgId(), m, l.dueFen(), l.dueFen(),
                        r.payment().paidOn(), l.reductionId()));
            }
            accepted.add(new Accepted(r, checked));
        }
        copy(actor, source, accepted, lines);
        markPaid(accepted);
        audit(actor, batchOrg, accepted);
        return new Result(accepted.size(), skipped, refused);
    }

    private record Accepted(Row row, PaymentWriter.Checked checked) {
    }

    /**
     * Marks the accepted months paid in the register. They were unpaid when read; if a payment of one of them was
     * committed since (a single payment does not wait for an unlocked read), fewer rows match and the whole batch
     * is refused — it never pays a month twice. This is the register's derivation applied to the new rows only: an
     * unpaid month paid in full.
     */
    private void markPaid(List<Accepted> accepted) {
        List<Long> members = new ArrayList<>();
        List<LocalDate> months = new ArrayList<>();
        List<LocalDate> paidOn = new ArrayList<>();
        for (Accepted a : accepted) {
            for (YearMonth m : a.checked().months()) {
                members.add(a.row().member().memberId());
                months.add(m.atDay(1));
                paidOn.add(a.row().payment().paidOn());
            }
        }
        if (register.markPaid(members, months, paidOn) != members.size()) {
            throw new cn.dangjian.shared.ConflictException("导入期间有党员的交纳记录被他人修改，请重新导入（已导入的行会自动跳过）");
        }
    }

    private void copy(String actor, String source, List<Accepted> accepted, Map<Long, Map<YearMonth, RegisterStore.Line>> lines) {
        if (accepted.isEmpty()) {
            return;
        }
        List<String> numbers = payments.nextNumbers(accepted.size());
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            StringBuilder csv = new StringBuilder();
            int n = 0;
            for (int i = 0; i < accepted.size(); i++) {
                Accepted a = accepted.get(i);
                MemberPlacement m = a.row().member();
                RecordPayment p = a.row().payment();
                for (YearMonth month : a.checked().months()) {
                    String key = month.equals(a.checked().months().first()) ? a.row().importKey() : null;
                    csv.append(field(numbers.get(i))).append(',').append(m.memberId()).append(',').append(m.orgId())
                            .append(',').append(field(m.orgPath())).append(',').append(month.atDay(1)).append(',')
                            .append(lines.get(m.memberId()).get(month).dueFen()).append(',').append(p.paidOn())
                            .append(',').append(p.method().name()).append(',').append(field(a.checked().proxy()))
                            .append(',').append(field(a.checked().consent())).append(',').append(field(source))
                            .append(',').append(field(key)).append(',').append(field(a.checked().note())).append(',')
                            .append(field(actor)).append('\n');
                    if (++n % COPY_CHUNK == 0) {
                        flush(pg, csv);
                    }
                }
            }
            flush(pg, csv);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("写入党费交纳记录失败", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void flush(PGConnection pg, StringBuilder csv) throws SQLException, IOException {
        if (csv.isEmpty()) {
            return;
        }
        pg.getCopyAPI().copyIn("COPY dues_payment (payment_no, member_id, org_id, org_path, month, amount_fen, paid_on,"
                + " method, proxy_name, consent, source, import_key, note, recorded_by) FROM STDIN WITH (FORMAT csv)",
                new StringReader(csv.toString()));
        csv.setLength(0);
    }

    /** A CSV field: empty (NULL) for {@code null}, else quoted with quotes doubled. */
    private static String field(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private void audit(String actor, long batchOrg, List<Accepted> accepted) {
        if (accepted.isEmpty()) {
            return;
        }
        long months = 0;
        long fen = 0;
        java.util.Set<Long> orgs = new java.util.LinkedHashSet<>();
        for (Accepted a : accepted) {
            months += a.checked().months().size();
            fen += a.checked().totalFen();
            orgs.add(a.row().member().orgId());
        }
        events.publishEvent(new DuesRecorded(actor, "党费交纳", batchOrg, batchOrg, "批量登记交纳", List.of(
                new FieldChange("笔数", null, String.valueOf(accepted.size())), new FieldChange("月数", null, String.valueOf(months)),
                new FieldChange("金额", null, cn.dangjian.shared.Fen.of(fen) + "元"),
                new FieldChange("涉及组织", null, orgs.size() + "个")), List.copyOf(orgs)));
    }
}
