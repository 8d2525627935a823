package cn.dangjian.identity;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.dangjian.identity.internal.AuditChain;
import cn.dangjian.identity.internal.AuditVerifier;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.SortOrder;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import cn.idev.excel.write.style.column.SimpleColumnWidthStyleStrategy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit trail. Every {@link AuditedChange} any module publishes is written
 * here inside the transaction of the change itself: a change without its audit line cannot commit. The
 * table refuses UPDATE, DELETE and TRUNCATE (a database trigger); each entry's SM3 digest covers its
 * content and the entry before it, so a change made around the trigger shows when the chain is verified.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);
    private static final int EXPORT_BATCH = 2000;
    /** The columns the trail may be sorted by (the whitelist: nothing else reaches the SQL); id follows time. */
    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "id", "actor", "actor",
            "recordType", "record_type", "action", "action");

    private final JdbcClient jdbc;
    private final AuditChain chain;
    private final AuditVerifier verifier;
    private final ApplicationEventPublisher events;

    AuditTrail(JdbcClient jdbc, AuditChain chain, AuditVerifier verifier, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.verifier = verifier;
        this.events = events;
    }

    @EventListener
    @Transactional
    public void record(AuditedChange change) {
        chain.append(new AuditChain.Line(Instant.now().truncatedTo(ChronoUnit.MICROS), change.actor(),
                change.recordType(), change.recordId(), change.action(), List.copyOf(change.changes())));
    }

    public PageResult<AuditEntry> search(AccessScope scope, AuditQuery query, PageRequest page) {
        return search(scope, query, page, null);
    }

    /** One page of the trail in the order asked for (null: newest first); an unknown sort column is refused. */
    public PageResult<AuditEntry> search(AccessScope scope, AuditQuery query, PageRequest page, SortOrder sort) {
        scope.require(Permission.AUDIT_VIEW);
        Filter filter = Filter.of(query);
        long total = jdbc.sql("SELECT count(*) FROM audit_entry" + filter.where()).params(filter.params())
                .query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("SELECT * FROM audit_entry" + filter.where()
                        + SortOrder.orderBy(sort, SORTABLE, "id", "id DESC") + " LIMIT :limit OFFSET :offset")
                .params(filter.params()).param("limit", page.size()).param("offset", page.offset())
                .query(this::entry).list();
        return new PageResult<>(named(items), total, page.page(), page.size());
    }

    /** The entries with their actors' account names, in one statement. */
    private List<AuditEntry> named(List<AuditEntry> entries) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT username, display_name FROM app_user WHERE username = ANY(:names)")
                .param("names", entries.stream().map(AuditEntry::actor).distinct().toArray(String[]::new))
                .query((rs, n) -> names.put(rs.getString("username"), rs.getString("display_name"))).list();
        return entries.stream().map(e -> new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.recordType(),
                e.recordId(), e.action(), e.changes(), names.get(e.actor()))).toList();
    }

    /** Recomputes the hash chain over the whole trail and reports whether it is intact or where it breaks. */
    public AuditIntegrity verify(AccessScope scope) {
        scope.require(Permission.AUDIT_VIEW);
        return verifier.verify();
    }

    /** Writes the filtered trail, newest first, as an Excel sheet; the export itself is audited. */
    @Transactional
    public void export(AccessScope scope, AuditQuery query, OutputStream out) {
        scope.require(Permission.AUDIT_VIEW);
        Filter filter = Filter.of(query);
        String sql = "SELECT * FROM audit_entry" + filter.where() + (filter.where().isEmpty() ? " WHERE" : " AND")
                + " id < :before ORDER BY id DESC LIMIT :limit";
        try (ExcelWriter writer = FastExcel.write(out).autoCloseStream(false).build()) {
            WriteSheet sheet = FastExcel.writerSheet(0, "审计日志")
                    .head(List.of("编号", "时间", "操作人", "对象", "对象编号", "操作", "变更内容（原值 → 新值）")
                            .stream().map(List::of).toList())
                    .registerWriteHandler(new SimpleColumnWidthStyleStrategy(20)).build();
            long before = Long.MAX_VALUE;
            while (true) {
                List<AuditEntry> batch = jdbc.sql(sql).params(filter.params()).param("before", before)
                        .param("limit", EXPORT_BATCH).query(this::entry).list();
                writer.write(named(batch).stream().map(AuditTrail::row).toList(), sheet);
                if (batch.size() < EXPORT_BATCH) {
                    break;
                }
                before = batch.get(batch.size() - 1).id();
            }
        }
        events.publishEvent(new PersonalDataExported(scope.username(), "审计日志", describe(query), null));
    }

    private AuditEntry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("record_type"), rs.getString("record_id"), rs.getString("action"),
                chain.changesOf(rs.getString("changes")), null);
    }

    private static List<Object> row(AuditEntry e) {
        String changes = e.changes().stream()
                .map(c -> c.field() + "：" + (c.oldValue() == null ? "（空）" : c.oldValue()) + " → "
                        + (c.newValue() == null ? "（空）" : c.newValue()))
                .collect(Collectors.joining("\n"));
        String actor = e.actorLabel().equals(e.actor()) ? e.actor() : e.actorLabel() + "（" + e.actor() + "）";
        return List.of(e.id(), TIME.format(e.occurredAt()), actor, e.recordType(), e.recordId(), e.action(), changes);
    }

    private static String describe(AuditQuery q) {
        List<String> parts = new ArrayList<>();
        if (q.actor() != null && !q.actor().isBlank()) {
            parts.add("操作人=" + q.actor().strip());
        }
        if (q.recordType() != null && !q.recordType().isBlank()) {
            parts.add("对象=" + q.recordType().strip());
        }
        if (q.recordId() != null && !q.recordId().isBlank()) {
            parts.add("编号=" + q.recordId().strip());
        }
        if (q.action() != null && !q.action().isBlank()) {
            parts.add("操作=" + q.action().strip());
        }
        if (q.from() != null) {
            parts.add("自" + q.from());
        }
        if (q.to() != null) {
            parts.add("至" + q.to());
        }
        return parts.isEmpty() ? "全部" : String.join("，", parts);
    }

    /** The WHERE part of a trail query, values bound. */
    private record Filter(String where, Map<String, Object> params) {

        static Filter of(AuditQuery query) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            if (query.actor() != null && !query.actor().isBlank()) {
                conditions.add("(actor = :actor OR actor IN (SELECT username FROM app_user WHERE display_name = :actor))");
                params.put("actor", query.actor().strip());
            }
            if (query.action() != null && !query.action().isBlank()) {
                conditions.add("action = :action");
                params.put("action", query.action().strip());
            }
            if (query.recordType() != null && !query.recordType().isBlank()) {
                conditions.add("record_type = :type");
                params.put("type", query.recordType().strip());
            }
            if (query.recordId() != null && !query.recordId().isBlank()) {
                conditions.add("record_id = :id");
                params.put("id", query.recordId().strip());
            }
            if (query.from() != null) {
                conditions.add("occurred_at >= :from");
                params.put("from", Timestamp.from(query.from().atStartOfDay(ZONE).toInstant()));
            }
            if (query.to() != null) {
                conditions.add("occurred_at < :to");
                params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
            }
            return new Filter(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
        }
    }
}
