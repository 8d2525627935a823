package cn.dangjian.member.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Iterator;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes many member records at once: streams them with {@code COPY} into a temporary staging table,
 * then upserts into {@code member} keyed by the 身份证号 blind index (a re-import updates, never
 * duplicates). Must run inside the caller's transaction, so that the whole batch lands or nothing does.
 * Kind, 转正 date and status of an existing member are left alone: those change only through recorded
 * status changes.
 */
@Component
public class MemberBulkWriter {

    private static final String COLUMNS = """
            name, gender, ethnicity, birth_date, citizen_id_enc, citizen_id_hash, native_place, education, degree,
            occupation, unit_id, position, phone_enc, applied_on, joined_on, confirmed_on, kind, status, org_id,
            org_path, party_group_id, leading_cadre, mobile, lost_contact, lost_contact_since""";

    private static final int FLUSH_BYTES = 1 << 20;

    private final DataSource dataSource;

    MemberBulkWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Loads the records; {@code onRow} is told how many rows have been streamed so far. */
    public Result write(Iterator<MemberRecord> records, java.util.function.IntConsumer onRow) {
        requireTransaction();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS member_staging AS SELECT " + COLUMNS
                    + " FROM member WITH NO DATA");
            statement.execute("TRUNCATE member_staging");
            // one COPY per chunk, opened only after the chunk is read: producing a record may itself query
            // the database on this connection, which is impossible while a COPY is in progress
            StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);
            int rows = 0;
            while (records.hasNext()) {
                append(buffer, records.next());
                rows++;
                if (buffer.length() >= FLUSH_BYTES) {
                    copy(connection, buffer);
                    onRow.accept(rows);
                }
            }
            copy(connection, buffer);
            onRow.accept(rows);
            Result counts = upsert(connection, "member_staging", null);
            statement.execute("TRUNCATE member_staging");
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("批量写入党员失败：" + e.getMessage(), e);
        }
    }

    /** Keeps checked rows of a roster import (already encrypted) until the user confirms it. */
    public void stage(java.util.UUID importId, java.util.List<StagedRow> rows) {
        requireTransaction();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);
        try {
            for (StagedRow row : rows) {
                buffer.append(importId).append('\t').append(row.rowNumber()).append('\t');
                append(buffer, row.record());
                if (buffer.length() >= FLUSH_BYTES) {
                    copy(connection, "roster_import_row (import_id, row_number, " + COLUMNS + ")", buffer);
                }
            }
            copy(connection, "roster_import_row (import_id, row_number, " + COLUMNS + ")", buffer);
        } catch (SQLException e) {
            throw new IllegalStateException("暂存导入数据失败：" + e.getMessage(), e);
        }
    }

    /** Writes the staged rows of an import into the roll (one INSERT … SELECT, upsert by 身份证号). */
    public Result upsertStaged(java.util.UUID importId) {
        requireTransaction();
        try {
            return upsert(DataSourceUtils.getConnection(dataSource), "roster_import_row", importId);
        } catch (SQLException e) {
            throw new IllegalStateException("批量写入党员失败：" + e.getMessage(), e);
        }
    }

    private static Result upsert(Connection connection, String source, java.util.UUID importId) throws SQLException {
        String sql = """
                WITH upserted AS (
                    INSERT INTO member (%s)
                    SELECT %s FROM %s %s
                    ON CONFLICT (citizen_id_hash) DO UPDATE SET
                        name = EXCLUDED.name, gender = EXCLUDED.gender, ethnicity = EXCLUDED.ethnicity,
                        birth_date = EXCLUDED.birth_date, citizen_id_enc = EXCLUDED.citizen_id_enc,
                        native_place = EXCLUDED.native_place, education = EXCLUDED.education,
                        degree = EXCLUDED.degree, occupation = EXCLUDED.occupation, unit_id = EXCLUDED.unit_id,
                        position = EXCLUDED.position, phone_enc = EXCLUDED.phone_enc,
                        applied_on = EXCLUDED.applied_on, joined_on = EXCLUDED.joined_on,
                        org_id = EXCLUDED.org_id, org_path = EXCLUDED.org_path,
                        party_group_id = EXCLUDED.party_group_id, leading_cadre = EXCLUDED.leading_cadre,
                        mobile = EXCLUDED.mobile, lost_contact = EXCLUDED.lost_contact,
                        lost_contact_since = CASE WHEN member.lost_contact AND EXCLUDED.lost_contact
                            THEN member.lost_contact_since ELSE EXCLUDED.lost_contact_since END,
                        version = member.version + 1, updated_at = now()
                    RETURNING (xmax = 0) AS inserted
                )
                SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM upserted
                """.formatted(COLUMNS, COLUMNS, source, importId == null ? "" : "WHERE import_id = ? ORDER BY row_number");
        try (var statement = connection.prepareStatement(sql)) {
            if (importId != null) {
                statement.setObject(1, importId);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return new Result(result.getInt(1), result.getInt(2));
            }
        }
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("MemberBulkWriter must run inside a transaction");
        }
    }

    private static void copy(Connection connection, StringBuilder buffer) throws SQLException {
        copy(connection, "member_staging (" + COLUMNS + ")", buffer);
    }

    private static void copy(Connection connection, String target, StringBuilder buffer) throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + target + " FROM STDIN");
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        buffer.setLength(0);
    }

    private static void append(StringBuilder b, MemberRecord m) {
        text(b, m.name()).append('\t');
        text(b, m.gender().name()).append('\t');
        text(b, m.ethnicity().name()).append('\t');
        date(b, m.birthDate()).append('\t');
        bytes(b, m.citizenIdEnc()).append('\t');
        text(b, m.citizenIdHash()).append('\t');
        text(b, m.nativePlace()).append('\t');
        text(b, m.education() == null ? null : m.education().name()).append('\t');
        text(b, m.degree() == null ? null : m.degree().name()).append('\t');
        text(b, m.occupation()).append('\t');
        text(b, m.unitId() == null ? null : m.unitId().toString()).append('\t');
        text(b, m.position()).append('\t');
        bytes(b, m.phoneEnc()).append('\t');
        date(b, m.appliedOn()).append('\t');
        date(b, m.joinedOn()).append('\t');
        date(b, m.confirmedOn()).append('\t');
        text(b, m.kind().name()).append('\t');
        text(b, m.status().name()).append('\t');
        b.append(m.orgId()).append('\t');
        text(b, m.orgPath()).append('\t');
        text(b, m.partyGroupId() == null ? null : m.partyGroupId().toString()).append('\t');
        b.append(m.leadingCadre() ? 't' : 'f').append('\t');
        b.append(m.mobile() ? 't' : 'f').append('\t');
        b.append(m.lostContact() ? 't' : 'f').append('\t');
        date(b, m.lostContactSince()).append('\n');
    }

    private static StringBuilder text(StringBuilder b, String value) {
        if (value == null) {
            return b.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b;
    }

    private static StringBuilder date(StringBuilder b, LocalDate value) {
        return value == null ? b.append("\\N") : b.append(value);
    }

    private static StringBuilder bytes(StringBuilder b, byte[] value) {
        return value == null ? b.append("\\N") : b.append("\\\\x").append(HexFormat.of().formatHex(value));
    }

    /** A checked roster row waiting for confirmation: its row number in the file and the record to write. */
    public record StagedRow(int rowNumber, MemberRecord record) {
    }

    /** How many members the batch added and how many it updated. */
    public record Result(int inserted, int updated) {
    }
}
