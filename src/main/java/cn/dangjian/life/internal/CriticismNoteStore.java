package cn.dangjian.life.internal;

import java.util.List;

import cn.dangjian.life.CriticismNote;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over {@code criticism_note}. */
@Repository
public class CriticismNoteStore {

    private final JdbcClient jdbc;

    CriticismNoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CriticismNote> ofMeeting(long meetingId) {
        return jdbc.sql("SELECT * FROM criticism_note WHERE meeting_id = :m ORDER BY convert_to(member_name, 'UTF8')")
                .param("m", meetingId)
                .query((rs, n) -> new CriticismNote(rs.getLong("member_id"), rs.getString("member_name"),
                        rs.getString("self_criticism"), rs.getString("criticism_received"), rs.getInt("version")))
                .list();
    }

    public void insert(long meetingId, long memberId, String memberName, String selfCriticism,
                       String criticismReceived, String by) {
        jdbc.sql("""
                        INSERT INTO criticism_note (meeting_id, member_id, member_name, self_criticism,
                            criticism_received, recorded_by)
                        VALUES (:m, :member, :name, :self, :received, :by)""")
                .param("m", meetingId).param("member", memberId).param("name", memberName)
                .param("self", selfCriticism).param("received", criticismReceived).param("by", by).update();
    }

    /** Changes the texts if the note is still at {@code version}; false when someone else changed it first. */
    public boolean update(long meetingId, long memberId, String selfCriticism, String criticismReceived, String by,
                          int version) {
        return jdbc.sql("""
                        UPDATE criticism_note SET self_criticism = :self, criticism_received = :received,
                            recorded_by = :by, recorded_at = now(), version = version + 1
                        WHERE meeting_id = :m AND member_id = :member AND version = :version""")
                .param("m", meetingId).param("member", memberId).param("self", selfCriticism)
                .param("received", criticismReceived).param("by", by).param("version", version).update() == 1;
    }

    /** Removes the note if it is still at {@code version}. */
    public boolean delete(long meetingId, long memberId, int version) {
        return jdbc.sql("DELETE FROM criticism_note WHERE meeting_id = :m AND member_id = :member AND version = :version")
                .param("m", meetingId).param("member", memberId).param("version", version).update() == 1;
    }
}
