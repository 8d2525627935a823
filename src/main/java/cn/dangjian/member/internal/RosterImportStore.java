package cn.dangjian.member.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.dangjian.member.ImportMode;
import cn.dangjian.member.ImportProblem;
import cn.dangjian.member.ImportState;
import cn.dangjian.member.ImportStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over {@code roster_import} and {@code roster_import_problem}. */
@Repository
public class RosterImportStore {

    private final JdbcClient jdbc;

    RosterImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, String fileName, String storedFile, String username, long userId) {
        jdbc.sql("""
                        INSERT INTO roster_import (id, file_name, stored_file, started_by, started_by_user, state)
                        VALUES (:id, :file, :stored, :by, :user, 'VALIDATING')""")
                .param("id", id).param("file", fileName).param("stored", storedFile).param("by", username)
                .param("user", userId).update();
    }

    /** The import, if it was started by this user. */
    public Optional<ImportStatus> find(UUID id, long userId, String username) {
        return jdbc.sql("SELECT * FROM roster_import WHERE id = :id AND started_by_user = :user AND started_by = :by")
                .param("id", id).param("user", userId).param("by", username)
                .query(RosterImportStore::status).optional();
    }

    public String storedFile(UUID id) {
        return jdbc.sql("SELECT stored_file FROM roster_import WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    public List<ImportStatus> recent(long userId, String username, int limit) {
        return jdbc.sql("""
                        SELECT * FROM roster_import WHERE started_by_user = :user AND started_by = :by
                        ORDER BY created_at DESC LIMIT :limit""")
                .param("user", userId).param("by", username).param("limit", limit)
                .query(RosterImportStore::status).list();
    }

    public void progress(UUID id, int processed, Integer total) {
        jdbc.sql("""
                        UPDATE roster_import SET processed_rows = :processed,
                               total_rows = COALESCE(:total, total_rows)
                        WHERE id = :id""")
                .param("id", id).param("processed", processed).param("total", total).update();
    }

    public void validated(UUID id, int total, int valid, int invalid) {
        jdbc.sql("""
                        UPDATE roster_import SET state = 'VALIDATED', total_rows = :total, processed_rows = :total,
                               valid_rows = :valid, invalid_rows = :invalid
                        WHERE id = :id AND state = 'VALIDATING'""")
                .param("id", id).param("total", total).param("valid", valid).param("invalid", invalid).update();
    }

    /** VALIDATED → IMPORTING; false when the import is not (or no longer) waiting for confirmation. */
    public boolean startImporting(UUID id, ImportMode mode) {
        return jdbc.sql("""
                        UPDATE roster_import SET state = 'IMPORTING', mode = :mode, processed_rows = 0
                        WHERE id = :id AND state = 'VALIDATED'""")
                .param("id", id).param("mode", mode.name()).update() == 1;
    }

    public void done(UUID id, int inserted, int updated) {
        jdbc.sql("""
                        UPDATE roster_import SET state = 'DONE', inserted_rows = :inserted, updated_rows = :updated,
                               processed_rows = valid_rows, finished_at = now()
                        WHERE id = :id""")
                .param("id", id).param("inserted", inserted).param("updated", updated).update();
    }

    public void failed(UUID id, String message) {
        jdbc.sql("""
                        UPDATE roster_import SET state = 'FAILED', message = :message, finished_at = now()
                        WHERE id = :id AND state IN ('VALIDATING', 'VALIDATED', 'IMPORTING')""")
                .param("id", id).param("message", message).update();
    }

    public boolean cancel(UUID id) {
        return jdbc.sql("""
                        UPDATE roster_import SET state = 'CANCELLED', finished_at = now()
                        WHERE id = :id AND state = 'VALIDATED'""")
                .param("id", id).update() == 1;
    }

    /** Marks every import that a previous run left half-way as failed; returns how many. */
    public int interruptRunning(String message) {
        return jdbc.sql("""
                        UPDATE roster_import SET state = 'FAILED', message = :message, finished_at = now()
                        WHERE state IN ('VALIDATING', 'IMPORTING')""")
                .param("message", message).update();
    }

    public void addProblems(UUID id, List<ImportProblem> problems) {
        for (int from = 0; from < problems.size(); from += 500) {
            List<ImportProblem> chunk = problems.subList(from, Math.min(problems.size(), from + 500));
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO roster_import_problem (import_id, row_number, column_name, message) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(:id, :r").append(i).append(", :c").append(i)
                        .append(", :m").append(i).append(')');
            }
            JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("id", id);
            for (int i = 0; i < chunk.size(); i++) {
                statement = statement.param("r" + i, chunk.get(i).rowNumber()).param("c" + i, chunk.get(i).column())
                        .param("m" + i, chunk.get(i).message());
            }
            statement.update();
        }
    }

    public long countProblems(UUID id) {
        return jdbc.sql("SELECT count(*) FROM roster_import_problem WHERE import_id = :id").param("id", id)
                .query(Long.class).single();
    }

    public List<ImportProblem> problems(UUID id, int limit, long offset) {
        return jdbc.sql("""
                        SELECT row_number, column_name, message FROM roster_import_problem WHERE import_id = :id
                        ORDER BY row_number, ctid LIMIT :limit OFFSET :offset""")
                .param("id", id).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new ImportProblem(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
    }

    private static ImportStatus status(ResultSet rs, int n) throws SQLException {
        String mode = rs.getString("mode");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportStatus(rs.getObject("id", UUID.class), rs.getString("file_name"),
                ImportState.valueOf(rs.getString("state")), mode == null ? null : ImportMode.valueOf(mode),
                rs.getInt("total_rows"), rs.getInt("processed_rows"), rs.getInt("valid_rows"),
                rs.getInt("invalid_rows"), rs.getInt("inserted_rows"), rs.getInt("updated_rows"),
                rs.getString("message"), rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    // --- rows staged for confirmation ---------------------------------------------------------------

    /** An organization the staged rows of an import go to, as it was when they were checked. */
    public record StagedOrg(long orgId, String orgPath, int rows) {
    }

    /** A staged row whose 身份证号 already belongs to a member, and where that member's relationship is held. */
    public record StagedExisting(int rowNumber, long orgId, String orgPath) {
    }

    public List<StagedOrg> stagedOrgs(UUID id) {
        return jdbc.sql("""
                        SELECT org_id, min(org_path), count(*) FROM roster_import_row WHERE import_id = :id
                        GROUP BY org_id""")
                .param("id", id).query((rs, n) -> new StagedOrg(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
    }

    public List<StagedExisting> stagedExisting(UUID id) {
        return jdbc.sql("""
                        SELECT s.row_number, m.org_id, m.org_path FROM roster_import_row s
                        JOIN member m ON m.citizen_id_hash = s.citizen_id_hash WHERE s.import_id = :id""")
                .param("id", id)
                .query((rs, n) -> new StagedExisting(rs.getInt(1), rs.getLong(2), rs.getString(3))).list();
    }

    public int dropStagedOrg(UUID id, long orgId) {
        return jdbc.sql("DELETE FROM roster_import_row WHERE import_id = :id AND org_id = :org")
                .param("id", id).param("org", orgId).update();
    }

    public void dropStagedRow(UUID id, int rowNumber) {
        jdbc.sql("DELETE FROM roster_import_row WHERE import_id = :id AND row_number = :row")
                .param("id", id).param("row", rowNumber).update();
    }

    public void repathStaged(UUID id, long orgId, String path) {
        jdbc.sql("UPDATE roster_import_row SET org_path = :path WHERE import_id = :id AND org_id = :org")
                .param("id", id).param("org", orgId).param("path", path).update();
    }

    public int invalidRows(UUID id) {
        return jdbc.sql("SELECT invalid_rows FROM roster_import WHERE id = :id").param("id", id)
                .query(Integer.class).single();
    }

    public void clearStaged(UUID id) {
        jdbc.sql("DELETE FROM roster_import_row WHERE import_id = :id").param("id", id).update();
    }
}
