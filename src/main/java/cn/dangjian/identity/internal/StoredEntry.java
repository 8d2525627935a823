package cn.dangjian.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import cn.dangjian.shared.AuditedChange.FieldChange;

/** An audit entry as stored, with its link to the previous entry and its digest. */
record StoredEntry(long id, Instant occurredAt, String actor, String recordType, String recordId, String action,
                   List<FieldChange> changes, Long prevId, String hash) {

    static final String SELECT = """
            SELECT id, occurred_at, actor, record_type, record_id, action, changes::text AS changes, prev_id, hash
            FROM audit_entry""";

    static StoredEntry of(ResultSet rs, AuditChain chain) throws SQLException {
        long prev = rs.getLong("prev_id");
        Long prevId = rs.wasNull() ? null : prev;
        return new StoredEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("record_type"), rs.getString("record_id"), rs.getString("action"),
                chain.changesOf(rs.getString("changes")), prevId, rs.getString("hash"));
    }

    String digest(Long previousId, String previousHash) {
        return AuditDigest.of(previousId, previousHash, occurredAt, actor, recordType, recordId, action, changes);
    }
}
