package cn.dangjian.life.internal;

import java.time.LocalDateTime;
import java.util.Optional;

import cn.dangjian.life.MeetingType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How an organization usually holds a meeting of a type: its last such meeting's time, place, 主持人 and 记录人.
 * Read for exactly one organization (and one party group for a 党小组会), never a sibling's or a child's.
 */
@Repository
public class MeetingHabitStore {

    /** The last meeting's facts the recording form fills in again. */
    public record LastMeeting(LocalDateTime heldAt, String place, Long hostMemberId, Long recorderMemberId) {
    }

    private final JdbcClient jdbc;

    MeetingHabitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LastMeeting> last(long orgId, MeetingType type, Long partyGroupId) {
        return jdbc.sql("""
                        SELECT held_at, place, host_member_id, recorder_member_id FROM meeting
                        WHERE org_id = :org AND type = :type
                          AND (CAST(:group AS bigint) IS NULL OR party_group_id = :group)
                        ORDER BY held_at DESC, id DESC LIMIT 1""")
                .param("org", orgId).param("type", type.name()).param("group", partyGroupId)
                .query((rs, n) -> new LastMeeting(rs.getTimestamp("held_at").toLocalDateTime(), rs.getString("place"),
                        rs.getObject("host_member_id", Long.class), rs.getObject("recorder_member_id", Long.class)))
                .optional();
    }
}
