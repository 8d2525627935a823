package cn.dangjian.identity;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Permission;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit trail. Every {@link AuditedChange} any module publishes is written here
 * synchronously, inside the transaction of the change itself: a change without its audit line cannot
 * commit. The table refuses UPDATE, DELETE and TRUNCATE (a database trigger).
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener
    @Transactional
    public void record(AuditedChange change) {
        jdbc.sql("""
                        INSERT INTO audit_entry (actor, record_type, record_id, action, changes)
                        VALUES (:actor, :type, :id, :action, CAST(:changes AS jsonb))""")
                .param("actor", change.actor()).param("type", change.recordType()).param("id", change.recordId())
                .param("action", change.action()).param("changes", json.writeValueAsString(change.changes()))
                .update();
    }

    public PageResult<AuditEntry> search(AccessScope scope, AuditQuery query, PageRequest page) {
        scope.require(Permission.AUDIT_VIEW);
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.actor() != null && !query.actor().isBlank()) {
            conditions.add("actor = :actor");
            params.put("actor", query.actor().strip());
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
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM audit_entry" + where).params(params).query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("SELECT * FROM audit_entry" + where
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("record_type"), rs.getString("record_id"),
                        rs.getString("action"), json.readValue(rs.getString("changes"), CHANGES)))
                .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }
}
