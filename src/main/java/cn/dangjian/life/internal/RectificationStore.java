package cn.dangjian.life.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.dangjian.life.Rectification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over {@code rectification_item}. */
@Repository
public class RectificationStore {

    private final JdbcClient jdbc;

    RectificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long meetingId, long orgId, String orgPath, String problem, String measure, Long ownerId,
                       String ownerName, LocalDate dueOn, String by) {
        return jdbc.sql("""
                        INSERT INTO rectification_item (meeting_id, org_id, org_path, problem, measure, owner_id,
                            owner_name, due_on, recorded_by)
                        VALUES (:meeting, :org, :path, :problem, :measure, :owner, :ownerName, :due, :by) RETURNING id""")
                .param("meeting", meetingId).param("org", orgId).param("path", orgPath).param("problem", problem)
                .param("measure", measure).param("owner", ownerId).param("ownerName", ownerName).param("due", dueOn)
                .param("by", by).query(Long.class).single();
    }

    public Optional<Rectification> find(long id) {
        return jdbc.sql("SELECT * FROM rectification_item WHERE id = :id").param("id", id)
                .query(RectificationStore::item).optional();
    }

    public String orgPath(long id) {
        return jdbc.sql("SELECT org_path FROM rectification_item WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    public boolean complete(long id, LocalDate on, String note, int version) {
        return jdbc.sql("""
                        UPDATE rectification_item SET done_on = :on, done_note = :note, version = version + 1
                        WHERE id = :id AND version = :version AND done_on IS NULL""")
                .param("id", id).param("on", on).param("note", note).param("version", version).update() == 1;
    }

    public List<Rectification> ofOrg(long orgId, boolean openOnly) {
        return jdbc.sql("SELECT * FROM rectification_item WHERE org_id = :org AND (done_on IS NULL OR NOT :open)"
                        + " ORDER BY done_on NULLS FIRST, due_on, id")
                .param("org", orgId).param("open", openOnly).query(RectificationStore::item).list();
    }

    private static Rectification item(ResultSet rs, int n) throws SQLException {
        return new Rectification(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("org_id"),
                rs.getString("problem"), rs.getString("measure"), (Long) rs.getObject("owner_id"),
                rs.getString("owner_name"), rs.getObject("due_on", LocalDate.class),
                rs.getObject("done_on", LocalDate.class), rs.getString("done_note"), rs.getInt("version"));
    }
}
