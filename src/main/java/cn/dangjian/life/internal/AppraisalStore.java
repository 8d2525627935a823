package cn.dangjian.life.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.dangjian.life.AppraisalRound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over {@code appraisal_round} and {@code appraisal_result}. */
@Repository
public class AppraisalStore {

    private final JdbcClient jdbc;

    AppraisalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(long orgId, int year) {
        return jdbc.sql("SELECT count(*) FROM appraisal_round WHERE org_id = :org AND year = :year")
                .param("org", orgId).param("year", year).query(Long.class).single() > 0;
    }

    public long insertRound(long orgId, String orgPath, int year, LocalDate heldOn, List<String> grades, String by) {
        return jdbc.sql("""
                        INSERT INTO appraisal_round (org_id, org_path, year, held_on, grades, recorded_by)
                        VALUES (:org, :path, :year, :heldOn, :grades, :by) RETURNING id""")
                .param("org", orgId).param("path", orgPath).param("year", year).param("heldOn", heldOn)
                .param("grades", grades.toArray(new String[0])).param("by", by).query(Long.class).single();
    }

    public void insertResult(long roundId, AppraisalRound.Result r) {
        jdbc.sql("""
                        INSERT INTO appraisal_result (round_id, member_id, member_name, self_appraisal, peer_votes, grade, note)
                        VALUES (:round, :member, :name, :self, :votes, :grade, :note)""")
                .param("round", roundId).param("member", r.memberId()).param("name", r.name())
                .param("self", r.selfAppraisal()).param("votes", r.peerVotes().toArray(new Integer[0]))
                .param("grade", r.grade()).param("note", r.note()).update();
    }

    public record Round(long id, long orgId, String orgPath, int year, LocalDate heldOn, List<String> grades) {
    }

    public Optional<Round> round(long orgId, int year) {
        return jdbc.sql("SELECT * FROM appraisal_round WHERE org_id = :org AND year = :year")
                .param("org", orgId).param("year", year)
                .query((rs, n) -> new Round(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_path"),
                        rs.getInt("year"), rs.getObject("held_on", LocalDate.class), strings(rs.getArray("grades"))))
                .optional();
    }

    /** The day of each recorded round of these organizations in the years {@code from}..{@code to}: org → year → day. */
    public java.util.Map<Long, java.util.Map<Integer, LocalDate>> heldOn(java.util.Collection<Long> orgIds, int from,
                                                                          int to) {
        java.util.Map<Long, java.util.Map<Integer, LocalDate>> held = new java.util.HashMap<>();
        if (!orgIds.isEmpty()) {
            jdbc.sql("SELECT org_id, year, held_on FROM appraisal_round WHERE org_id = ANY(:orgs) AND year BETWEEN :from AND :to")
                    .param("orgs", orgIds.toArray(new Long[0])).param("from", from).param("to", to)
                    .query((rs, n) -> held.computeIfAbsent(rs.getLong("org_id"), k -> new java.util.HashMap<>())
                            .put(rs.getInt("year"), rs.getObject("held_on", LocalDate.class)))
                    .list();
        }
        return held;
    }

    /** The grade set of the branch's latest round before {@code year}. */
    public Optional<List<String>> latestGradesBefore(long orgId, int year) {
        return jdbc.sql("SELECT grades FROM appraisal_round WHERE org_id = :org AND year < :year ORDER BY year DESC LIMIT 1")
                .param("org", orgId).param("year", year)
                .query((rs, n) -> strings(rs.getArray("grades"))).optional();
    }

    public List<AppraisalRound.Result> results(long roundId) {
        return jdbc.sql("SELECT * FROM appraisal_result WHERE round_id = :round ORDER BY convert_to(member_name, 'UTF8')")
                .param("round", roundId)
                .query((rs, n) -> new AppraisalRound.Result(rs.getLong("member_id"), rs.getString("member_name"),
                        rs.getString("self_appraisal"), integers(rs.getArray("peer_votes")), rs.getString("grade"),
                        rs.getString("note")))
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static List<Integer> integers(Array array) throws SQLException {
        return Arrays.asList((Integer[]) array.getArray());
    }
}
