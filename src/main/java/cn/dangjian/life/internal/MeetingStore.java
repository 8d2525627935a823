package cn.dangjian.life.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dangjian.life.AttendanceRun;
import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingQuery;
import cn.dangjian.life.MeetingRow;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.MeetingView;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.life.MyMeeting;
import cn.dangjian.life.QuarterAttendance;
import cn.dangjian.life.QuorumFailure;
import cn.dangjian.life.schedule.HeldMeeting;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.SortOrder;
import cn.dangjian.shared.Texts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over {@code meeting}, {@code meeting_attendance} and {@code meeting_agenda_item}. */
@Repository
public class MeetingStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    MeetingStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The stored meeting row, before names and outcomes are attached. */
    public record Stored(long id, long orgId, String orgPath, Long partyGroupId, MeetingType type, String topic,
                         String lecturer, LocalDateTime heldAt, String place, String hostName, String recorderName,
                         int expected, int present, int excused, int absent, int votingExpected, int votingPresent,
                         boolean quorumMet, boolean lateEntry, int daysLate, java.time.Instant recordedAt,
                         LocalDate recordedOn, String recordedBy) {
    }

    /** An agenda row as stored. */
    public record StoredItem(int seq, String title, String minutes, String decision, RecordMeeting.Vote vote) {
    }

    public long insert(Stored m, Long hostMemberId, Long recorderMemberId) {
        return jdbc.sql("""
                        INSERT INTO meeting (org_id, org_path, party_group_id, type, topic, lecturer, held_at, place,
                            host_member_id, host_name, recorder_member_id, recorder_name, expected_count, present_count,
                            excused_count, absent_count, voting_expected, voting_present, quorum_met, late_entry,
                            days_late, recorded_on, recorded_by)
                        VALUES (:org, :path, :group, :type, :topic, :lecturer, :heldAt, :place, :host, :hostName,
                            :recorder, :recorderName, :expected, :present, :excused, :absent, :votingExpected,
                            :votingPresent, :quorum, :late, :daysLate, :recordedOn, :recordedBy)
                        RETURNING id""")
                .param("org", m.orgId()).param("path", m.orgPath()).param("group", m.partyGroupId())
                .param("type", m.type().name()).param("topic", m.topic()).param("lecturer", m.lecturer())
                .param("heldAt", Timestamp.valueOf(m.heldAt())).param("place", m.place())
                .param("host", hostMemberId).param("hostName", m.hostName())
                .param("recorder", recorderMemberId).param("recorderName", m.recorderName())
                .param("expected", m.expected()).param("present", m.present()).param("excused", m.excused())
                .param("absent", m.absent()).param("votingExpected", m.votingExpected())
                .param("votingPresent", m.votingPresent()).param("quorum", m.quorumMet())
                .param("late", m.lateEntry()).param("daysLate", m.daysLate()).param("recordedOn", m.recordedOn())
                .param("recordedBy", m.recordedBy())
                .query(Long.class).single();
    }

    /** The attendance of a meeting, in one batch. */
    public void insertAttendance(long meetingId, List<MeetingView.AttendeeView> attendance) {
        SqlParameterSource[] rows = attendance.stream().map(a -> new MapSqlParameterSource()
                .addValue("meeting", meetingId).addValue("member", a.memberId()).addValue("name", a.name())
                .addValue("full", a.fullMember()).addValue("voting", a.voting()).addValue("cadre", a.leadingCadre())
                .addValue("status", a.status().name()).addValue("reason", a.reason())).toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                INSERT INTO meeting_attendance (meeting_id, member_id, member_name, full_member, voting,
                    leading_cadre, status, reason)
                VALUES (:meeting, :member, :name, :full, :voting, :cadre, :status, :reason)""", rows);
    }

    public void insertItem(long meetingId, StoredItem item, Boolean quorumMet, Boolean passed) {
        RecordMeeting.Vote v = item.vote();
        jdbc.sql("""
                        INSERT INTO meeting_agenda_item (meeting_id, seq, title, minutes, decision, voted, votes_for,
                            votes_against, votes_abstain, secret_ballot, written_for, written_against,
                            written_abstain, quorum_met, passed)
                        VALUES (:meeting, :seq, :title, :minutes, :decision, :voted, :for, :against, :abstain,
                            :secret, :writtenFor, :writtenAgainst, :writtenAbstain, :quorum, :passed)""")
                .param("meeting", meetingId).param("seq", item.seq()).param("title", item.title())
                .param("minutes", item.minutes()).param("decision", item.decision()).param("voted", v != null)
                .param("for", v == null ? null : v.inFavour()).param("against", v == null ? null : v.against())
                .param("abstain", v == null ? null : v.abstaining())
                .param("secret", v != null && v.secretBallot())
                .param("writtenFor", v == null ? 0 : v.writtenInFavour())
                .param("writtenAgainst", v == null ? 0 : v.writtenAgainst())
                .param("writtenAbstain", v == null ? 0 : v.writtenAbstaining())
                .param("quorum", quorumMet).param("passed", passed).update();
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql("SELECT * FROM meeting WHERE id = :id").param("id", id).query(MeetingStore::stored).optional();
    }

    public boolean wasExpected(long meetingId, long memberId) {
        return jdbc.sql("SELECT count(*) FROM meeting_attendance WHERE meeting_id = :m AND member_id = :member")
                .param("m", meetingId).param("member", memberId).query(Long.class).single() > 0;
    }

    public List<MeetingView.AttendeeView> attendance(long meetingId) {
        return jdbc.sql("SELECT * FROM meeting_attendance WHERE meeting_id = :m ORDER BY status, convert_to(member_name, 'UTF8')")
                .param("m", meetingId)
                .query((rs, n) -> new MeetingView.AttendeeView(rs.getLong("member_id"), rs.getString("member_name"),
                        rs.getBoolean("full_member"), rs.getBoolean("voting"), rs.getBoolean("leading_cadre"),
                        AttendanceStatus.valueOf(rs.getString("status")), rs.getString("reason")))
                .list();
    }

    public List<StoredItem> items(long meetingId) {
        return jdbc.sql("SELECT * FROM meeting_agenda_item WHERE meeting_id = :m ORDER BY seq").param("m", meetingId)
                .query((rs, n) -> new StoredItem(rs.getInt("seq"), rs.getString("title"), rs.getString("minutes"),
                        rs.getString("decision"), !rs.getBoolean("voted") ? null : new RecordMeeting.Vote(
                                rs.getInt("votes_for"), rs.getInt("votes_against"), rs.getInt("votes_abstain"),
                                rs.getBoolean("secret_ballot"), rs.getInt("written_for"), rs.getInt("written_against"),
                                rs.getInt("written_abstain"))))
                .list();
    }

    /** The columns the meeting list may be sorted by (the whitelist: nothing else reaches the SQL). */
    private static final Map<String, String> SORTABLE = Map.of("heldAt", "m.held_at", "type", "m.type",
            "topic", "m.topic", "org", "m.org_path", "expected", "m.expected_count", "present", "m.present_count");

    public PageResult<MeetingRow> list(AccessScope scope, MeetingQuery q, String withinPath, PageRequest page,
                                       Map<Long, String> orgNames) {
        return list(scope, q, withinPath, page, null, orgNames);
    }

    public PageResult<MeetingRow> list(AccessScope scope, MeetingQuery q, String withinPath, PageRequest page,
                                       SortOrder sort, Map<Long, String> orgNames) {
        AccessScope.Clause clause = scope.ownRecordsOnly()
                ? new AccessScope.Clause(scope.memberId() == null ? "FALSE"
                        : "EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.member_id = :self)",
                        scope.memberId() == null ? Map.of() : Map.of("self", scope.memberId()))
                : scope.orgClause("m.org_id", "m.org_path");
        StringBuilder where = new StringBuilder(" WHERE ").append(clause.sql());
        Map<String, Object> params = new HashMap<>(clause.params());
        if (withinPath != null && q.includesSubtree()) {
            where.append(" AND m.org_path LIKE :within");
            params.put("within", withinPath + "%");
        } else if (withinPath != null) {
            where.append(" AND m.org_id = :ownOrg");
            params.put("ownOrg", q.orgId());
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" AND m.topic LIKE :text");
            params.put("text", "%" + Texts.escapeLike(q.text().strip()) + "%");
        }
        if (q.type() != null) {
            where.append(" AND m.type = :type");
            params.put("type", q.type().name());
        }
        if (q.from() != null) {
            where.append(" AND m.held_at >= :from");
            params.put("from", Timestamp.valueOf(q.from().atStartOfDay()));
        }
        if (q.to() != null) {
            where.append(" AND m.held_at < :to");
            params.put("to", Timestamp.valueOf(q.to().plusDays(1).atStartOfDay()));
        }
        if (Boolean.TRUE.equals(q.lateOnly())) {
            where.append(" AND m.late_entry");
        }
        long total = jdbc.sql("SELECT count(*) FROM meeting m" + where).params(params).query(Long.class).single();
        List<Stored> rows = jdbc.sql("SELECT m.* FROM meeting m" + where
                        + SortOrder.orderBy(sort, SORTABLE, "m.id", "m.held_at DESC, m.id DESC")
                        + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(MeetingStore::stored).list();
        List<MeetingRow> items = new ArrayList<>();
        for (Stored m : rows) {
            items.add(new MeetingRow(m.id(), m.orgId(), orgNames.get(m.orgId()), m.type(), m.topic(), m.heldAt(),
                    m.hostName(), m.expected(), m.present(), m.quorumMet(), m.lateEntry(), m.daysLate()));
        }
        return new PageResult<>(items, total, page.page(), page.size());
    }

    /** One cell of the subtree overview: an organization's meetings of one type in one month. */
    public record MonthCount(long orgId, MeetingType type, int month, int held, int late, int quorumFailures) {
    }

    /** Meetings in a subtree and year, grouped by organization, type and month (one indexed scan). */
    public List<MonthCount> monthCounts(String pathPrefix, int year) {
        return jdbc.sql("""
                        SELECT org_id, type, extract(month FROM held_at)::int AS month, count(*) AS held,
                               count(*) FILTER (WHERE late_entry) AS late,
                               count(*) FILTER (WHERE NOT quorum_met) AS failures
                        FROM meeting
                        WHERE org_path LIKE :prefix AND held_at >= :from AND held_at < :to
                        GROUP BY 1, 2, 3""")
                .param("prefix", pathPrefix + "%")
                .param("from", Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay()))
                .param("to", Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay()))
                .query((rs, n) -> new MonthCount(rs.getLong("org_id"), MeetingType.valueOf(rs.getString("type")),
                        rs.getInt("month"), rs.getInt("held"), rs.getInt("late"), rs.getInt("failures")))
                .list();
    }

    /** Meetings of one type held in an organization's whole subtree. */
    public record SubtreeCount(long orgId, MeetingType type, int held, int late, int quorumFailures) {
    }

    /**
     * Each organization's subtree meetings in the months from {@code from} (a first of month) up to {@code to}
     * (exclusive) by type — from the trigger-maintained {@code meeting_rollup}, a few rows per organization.
     */
    public List<SubtreeCount> subtreeCounts(Collection<Long> orgIds, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT org_id, type, sum(held) AS held, sum(late) AS late, sum(failures) AS failures
                        FROM meeting_rollup
                        WHERE org_id = ANY(:orgs) AND month >= :from AND month < :to
                        GROUP BY 1, 2""")
                .param("orgs", orgIds.toArray(Long[]::new))
                .param("from", java.sql.Date.valueOf(from)).param("to", java.sql.Date.valueOf(to))
                .query((rs, n) -> new SubtreeCount(rs.getLong("org_id"), MeetingType.valueOf(rs.getString("type")),
                        rs.getInt("held"), rs.getInt("late"), rs.getInt("failures")))
                .list();
    }

    /** A leading cadre's attendance in one quarter: meetings they were expected at, and attended. */
    public record CadreQuarter(long memberId, String name, long orgId, int quarter, int expected, int present) {
    }

    /** 双重组织生活 (JG-09): leading cadres' attendance per quarter in a subtree, from the attendance records. */
    public List<CadreQuarter> cadreQuarters(String pathPrefix, int year) {
        return jdbc.sql("""
                        SELECT a.member_id, min(a.member_name) AS name, min(m.org_id) AS org_id,
                               extract(quarter FROM m.held_at)::int AS quarter, count(*) AS expected,
                               count(*) FILTER (WHERE a.status = 'PRESENT') AS present
                        FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id
                        WHERE a.leading_cadre AND m.org_path LIKE :prefix AND m.held_at >= :from AND m.held_at < :to
                        GROUP BY a.member_id, 4 ORDER BY 2, 4""")
                .param("prefix", pathPrefix + "%")
                .param("from", Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay()))
                .param("to", Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay()))
                .query((rs, n) -> new CadreQuarter(rs.getLong("member_id"), rs.getString("name"), rs.getLong("org_id"),
                        rs.getInt("quarter"), rs.getInt("expected"), rs.getInt("present")))
                .list();
    }

    /** Meetings of these organizations held in {@code [from, to)} with a vote that failed its quorum. */
    public List<QuorumFailure> quorumFailures(Collection<Long> orgIds, LocalDate from, LocalDate to) {
        if (orgIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT m.id, m.org_id, m.type, m.held_at, m.topic, m.voting_expected, m.voting_present,
                               array_agg(i.title ORDER BY i.seq) AS items
                        FROM meeting m JOIN meeting_agenda_item i ON i.meeting_id = m.id
                        WHERE m.org_id = ANY(:orgs) AND m.held_at >= :from AND m.held_at < :to
                          AND i.voted AND i.quorum_met = false
                        GROUP BY m.id ORDER BY m.held_at, m.id""")
                .param("orgs", orgIds.toArray(new Long[0]))
                .param("from", Timestamp.valueOf(from.atStartOfDay())).param("to", Timestamp.valueOf(to.atStartOfDay()))
                .query((rs, n) -> new QuorumFailure(rs.getLong("id"), rs.getLong("org_id"),
                        MeetingType.valueOf(rs.getString("type")), rs.getTimestamp("held_at").toLocalDateTime(),
                        rs.getString("topic"), rs.getInt("voting_expected"), rs.getInt("voting_present"),
                        java.util.Arrays.asList((String[]) rs.getArray("items").getArray())))
                .list();
    }

    /**
     * Each member's run of unexcused absences as of the end of {@code asOf}, over the meetings of every
     * organization (a member who moved keeps the record of their old branch), in one statement.
     */
    public List<AttendanceRun> attendanceRuns(Collection<Long> memberIds, LocalDate asOf) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        WITH seen AS (
                            SELECT a.member_id,
                                   max(m.held_at) FILTER (WHERE a.status = 'PRESENT') AS last_present,
                                   max(m.held_at) FILTER (WHERE a.status IN ('PRESENT', 'EXCUSED')) AS last_accounted
                            FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id
                            WHERE a.member_id = ANY(:members) AND m.held_at < :until
                            GROUP BY a.member_id)
                        SELECT s.member_id, s.last_present, s.last_accounted, min(m.held_at) AS first_absence,
                               count(*) AS absences
                        FROM seen s
                        JOIN meeting_attendance a ON a.member_id = s.member_id AND a.status = 'ABSENT'
                        JOIN meeting m ON m.id = a.meeting_id
                        WHERE m.held_at < :until AND (s.last_accounted IS NULL OR m.held_at > s.last_accounted)
                        GROUP BY s.member_id, s.last_present, s.last_accounted""")
                .param("members", memberIds.toArray(new Long[0]))
                .param("until", Timestamp.valueOf(asOf.plusDays(1).atStartOfDay()))
                .query((rs, n) -> new AttendanceRun(rs.getLong("member_id"), date(rs, "last_present"),
                        date(rs, "last_accounted"), date(rs, "first_absence"), rs.getInt("absences")))
                .list();
    }

    /** These members' attendance per organization and quarter, at meetings held in {@code [from, to)}. */
    public List<QuarterAttendance> quarterAttendance(Collection<Long> memberIds, LocalDate from, LocalDate to) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT a.member_id, m.org_id, extract(year FROM m.held_at)::int AS year,
                               extract(quarter FROM m.held_at)::int AS quarter, count(*) AS expected,
                               count(*) FILTER (WHERE a.status = 'PRESENT') AS present,
                               count(*) FILTER (WHERE a.status = 'EXCUSED') AS excused
                        FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id
                        WHERE a.member_id = ANY(:members) AND m.held_at >= :from AND m.held_at < :to
                        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4""")
                .param("members", memberIds.toArray(new Long[0]))
                .param("from", Timestamp.valueOf(from.atStartOfDay())).param("to", Timestamp.valueOf(to.atStartOfDay()))
                .query((rs, n) -> new QuarterAttendance(rs.getLong("member_id"), rs.getLong("org_id"),
                        rs.getInt("year"), rs.getInt("quarter"), rs.getInt("expected"), rs.getInt("present"),
                        rs.getInt("excused")))
                .list();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime().toLocalDate();
    }

    /** A member's own attendance: the meetings they were expected at, newest first. */
    public List<MyMeeting> attendanceOf(long memberId, int limit) {
        return jdbc.sql("""
                        SELECT m.id, m.type, m.topic, m.held_at, a.status, a.reason FROM meeting_attendance a
                        JOIN meeting m ON m.id = a.meeting_id WHERE a.member_id = :member
                        ORDER BY m.held_at DESC LIMIT :limit""")
                .param("member", memberId).param("limit", limit)
                .query((rs, n) -> new MyMeeting(rs.getLong("id"), MeetingType.valueOf(rs.getString("type")),
                        rs.getString("topic"), rs.getTimestamp("held_at").toLocalDateTime(),
                        AttendanceStatus.valueOf(rs.getString("status")), rs.getString("reason")))
                .list();
    }

    /** The meetings an organization held in a date range, as the schedule counts them. */
    /** The meetings each of {@code orgIds} held between {@code from} and {@code to} (inclusive), in one query. */
    public Map<Long, List<HeldMeeting>> held(Collection<Long> orgIds, LocalDate from, LocalDate to) {
        Map<Long, List<HeldMeeting>> held = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT org_id, type, held_at, party_group_id FROM meeting
                        WHERE org_id = ANY(:orgs) AND held_at >= :from AND held_at < :to ORDER BY held_at""")
                .param("orgs", orgIds.toArray(Long[]::new)).param("from", Timestamp.valueOf(from.atStartOfDay()))
                .param("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .query((rs, n) -> held.computeIfAbsent(rs.getLong("org_id"), k -> new ArrayList<>())
                        .add(new HeldMeeting(MeetingType.valueOf(rs.getString("type")),
                                rs.getTimestamp("held_at").toLocalDateTime().toLocalDate(),
                                (Long) rs.getObject("party_group_id"))))
                .list();
        return held;
    }

    public List<HeldMeeting> held(long orgId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT type, held_at, party_group_id FROM meeting
                        WHERE org_id = :org AND held_at >= :from AND held_at < :to ORDER BY held_at""")
                .param("org", orgId).param("from", Timestamp.valueOf(from.atStartOfDay()))
                .param("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .query((rs, n) -> new HeldMeeting(MeetingType.valueOf(rs.getString("type")),
                        rs.getTimestamp("held_at").toLocalDateTime().toLocalDate(),
                        (Long) rs.getObject("party_group_id")))
                .list();
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_path"),
                (Long) rs.getObject("party_group_id"), MeetingType.valueOf(rs.getString("type")), rs.getString("topic"),
                rs.getString("lecturer"), rs.getTimestamp("held_at").toLocalDateTime(), rs.getString("place"),
                rs.getString("host_name"), rs.getString("recorder_name"), rs.getInt("expected_count"),
                rs.getInt("present_count"), rs.getInt("excused_count"), rs.getInt("absent_count"),
                rs.getInt("voting_expected"), rs.getInt("voting_present"), rs.getBoolean("quorum_met"),
                rs.getBoolean("late_entry"), rs.getInt("days_late"), rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("recorded_on", LocalDate.class), rs.getString("recorded_by"));
    }
}
