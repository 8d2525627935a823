package cn.dangjian.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.shared.AuditedChange.FieldChange;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends entries to the hash-chained audit trail. The entries of a transaction are written just before it
 * commits, under a lock on the chain-head row: the lock is held only while the transaction commits, the chain
 * stays linear, and a change whose audit lines cannot be written does not commit either.
 */
@Component
public class AuditChain {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final JsonMapper json;

    AuditChain(JdbcClient jdbc, NamedParameterJdbcTemplate named, JsonMapper json) {
        this.jdbc = jdbc;
        this.named = named;
        this.json = json;
    }

    /** One line to append, as the change described it. */
    public record Line(Instant occurredAt, String actor, String recordType, String recordId, String action,
                      List<FieldChange> changes) {
    }

    public void append(Line line) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(List.of(line));
            return;
        }
        Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Pending.class::isInstance).map(Pending.class::cast).findFirst()
                .orElseGet(() -> {
                    Pending created = new Pending();
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        pending.lines.add(line);
    }

    /** Seals the entries written before the trail was chained, once (at start-up, or before the first append). */
    @Transactional
    public void sealLegacy() {
        Head head = lockHead();
        if (!head.legacySealed()) {
            sealLegacy(head);
        }
    }

    public List<FieldChange> changesOf(String jsonText) {
        return json.readValue(jsonText, CHANGES);
    }

    private void write(List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Head head = lockHead();
        if (!head.legacySealed()) {
            head = sealLegacy(head);
        }
        List<Long> ids = new ArrayList<>(jdbc.sql("""
                        SELECT nextval(pg_get_serial_sequence('audit_entry', 'id')) FROM generate_series(1, :n)""")
                .param("n", lines.size()).query(Long.class).list());
        ids.sort(null);
        Long prevId = head.lastId();
        String prevHash = head.lastHash();
        MapSqlParameterSource[] batch = new MapSqlParameterSource[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String hash = AuditDigest.of(prevId, prevHash, line.occurredAt(), line.actor(), line.recordType(),
                    line.recordId(), line.action(), line.changes());
            batch[i] = new MapSqlParameterSource().addValue("id", ids.get(i))
                    .addValue("at", Timestamp.from(line.occurredAt())).addValue("actor", line.actor())
                    .addValue("type", line.recordType()).addValue("record", line.recordId())
                    .addValue("action", line.action()).addValue("changes", json.writeValueAsString(line.changes()))
                    .addValue("prev", prevId).addValue("hash", hash);
            prevId = ids.get(i);
            prevHash = hash;
        }
        named.batchUpdate("""
                INSERT INTO audit_entry (id, occurred_at, actor, record_type, record_id, action, changes, prev_id, hash)
                VALUES (:id, :at, :actor, :type, :record, :action, CAST(:changes AS jsonb), :prev, :hash)""", batch);
        moveHead(prevId, prevHash, true);
    }

    private Head sealLegacy(Head head) {
        Long prevId = head.lastId();
        String prevHash = head.lastHash();
        long after = 0;
        while (true) {
            List<StoredEntry> rows = jdbc.sql(StoredEntry.SELECT + " WHERE id > :after AND hash IS NULL ORDER BY id LIMIT :n")
                    .param("after", after).param("n", BATCH).query((rs, n) -> StoredEntry.of(rs, this)).list();
            if (rows.isEmpty()) {
                break;
            }
            List<MapSqlParameterSource> batch = new ArrayList<>();
            for (StoredEntry row : rows) {
                String hash = AuditDigest.of(prevId, prevHash, row.occurredAt(), row.actor(), row.recordType(),
                        row.recordId(), row.action(), row.changes());
                batch.add(new MapSqlParameterSource().addValue("id", row.id()).addValue("prev", prevId)
                        .addValue("hash", hash));
                prevId = row.id();
                prevHash = hash;
            }
            named.batchUpdate("UPDATE audit_entry SET prev_id = :prev, hash = :hash WHERE id = :id",
                    batch.toArray(MapSqlParameterSource[]::new));
            after = rows.get(rows.size() - 1).id();
        }
        moveHead(prevId, prevHash, true);
        return new Head(prevId, prevHash, true);
    }

    private Head lockHead() {
        return jdbc.sql("SELECT last_id, last_hash, legacy_sealed FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query(Head::of).single();
    }

    private void moveHead(Long lastId, String lastHash, boolean sealed) {
        jdbc.sql("UPDATE audit_chain_head SET last_id = :id, last_hash = :hash, legacy_sealed = :sealed WHERE id = 1")
                .param("id", lastId).param("hash", lastHash).param("sealed", sealed).update();
    }

    record Head(Long lastId, String lastHash, boolean legacySealed) {

        static Head of(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
            long last = rs.getLong("last_id");
            return new Head(rs.wasNull() ? null : last, rs.getString("last_hash"), rs.getBoolean("legacy_sealed"));
        }
    }

    /** The lines of one transaction, written just before it commits. */
    private final class Pending implements TransactionSynchronization {

        private final List<Line> lines = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            write(lines);
            lines.clear();
        }
    }
}
