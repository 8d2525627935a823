package cn.dangjian.responsibility.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.dangjian.responsibility.ReviewState;
import cn.dangjian.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Review rounds and each secretary's 述职 in them; every change of a 述职 at the version read. */
@Repository
public class ReviewStore {

    private static final String STALE = "该述职已被他人修改，请刷新后重试";

    /** A round as stored. */
    public record Round(long id, long issuerOrgId, String issuerPath, int year, LocalDate opensOn, LocalDate closesOn,
                        List<String> grades) {
    }

    /** A 述职 as stored. */
    public record Review(long id, long roundId, long orgId, String orgPath, String secretary, String narrative,
                         String figures, LocalDate submittedOn, LocalDate reviewedOn, List<Integer> gradeCounts,
                         String result, String comments, Long inspectionId, int version) {

        public ReviewState state() {
            return reviewedOn != null ? ReviewState.ASSESSED
                    : submittedOn != null ? ReviewState.SUBMITTED : ReviewState.DRAFTING;
        }
    }

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertRound(long issuerOrgId, String issuerPath, int year, LocalDate opensOn, LocalDate closesOn,
                            List<String> grades, String by) {
        return jdbc.sql("""
                        INSERT INTO resp_review_round (issuer_org_id, issuer_path, year, opens_on, closes_on, grades, opened_by)
                        VALUES (:org, :path, :year, :opens, :closes, :grades, :by)
                        ON CONFLICT (issuer_org_id, year) DO NOTHING RETURNING id""")
                .param("org", issuerOrgId).param("path", issuerPath).param("year", year).param("opens", opensOn)
                .param("closes", closesOn).param("grades", grades.toArray(String[]::new)).param("by", by)
                .query(Long.class).optional()
                .orElseThrow(() -> new ConflictException(year + "年度的述职评议已经开始"));
    }

    public void insertReview(long roundId, long orgId, String orgPath, String secretary) {
        jdbc.sql("INSERT INTO resp_review (round_id, org_id, org_path, secretary) VALUES (:round, :org, :path, :secretary)")
                .param("round", roundId).param("org", orgId).param("path", orgPath).param("secretary", secretary)
                .update();
    }

    public Optional<Round> round(long id) {
        return jdbc.sql("SELECT * FROM resp_review_round WHERE id = :id").param("id", id).query(ReviewStore::round)
                .optional();
    }

    public Optional<Review> review(long id) {
        return jdbc.sql("SELECT * FROM resp_review WHERE id = :id").param("id", id).query(ReviewStore::review).optional();
    }

    public List<Review> reviewsOf(long roundId) {
        return jdbc.sql("SELECT * FROM resp_review WHERE round_id = :id ORDER BY org_path").param("id", roundId)
                .query(ReviewStore::review).list();
    }

    /** The rounds held by organizations in the subtree at {@code path}, latest year first. */
    public List<Round> roundsWithin(String path) {
        return jdbc.sql("SELECT * FROM resp_review_round WHERE issuer_path LIKE :p ORDER BY year DESC, issuer_path LIMIT 100")
                .param("p", cn.dangjian.shared.Texts.escapeLike(path) + "%").query(ReviewStore::round).list();
    }

    /** The 述职 of the organization itself, latest year first. */
    public List<Review> reviewsOfOrg(long orgId) {
        return jdbc.sql("""
                        SELECT v.* FROM resp_review v JOIN resp_review_round r ON r.id = v.round_id
                        WHERE v.org_id = :org ORDER BY r.year DESC LIMIT 20""")
                .param("org", orgId).query(ReviewStore::review).list();
    }

    /** The organization's 述职 of {@code year}, in whichever round it was reviewed. */
    public Optional<Review> reviewOf(long orgId, int year) {
        return jdbc.sql("""
                        SELECT v.* FROM resp_review v JOIN resp_review_round r ON r.id = v.round_id
                        WHERE v.org_id = :org AND r.year = :year ORDER BY v.id LIMIT 1""")
                .param("org", orgId).param("year", year).query(ReviewStore::review).optional();
    }

    public void narrative(long id, int version, String narrative) {
        changed(jdbc.sql("""
                        UPDATE resp_review SET narrative = :text, version = version + 1
                        WHERE id = :id AND version = :v AND submitted_on IS NULL""")
                .param("text", narrative).param("id", id).param("v", version).update());
    }

    public void submit(long id, int version, String figures, LocalDate on, String by) {
        changed(jdbc.sql("""
                        UPDATE resp_review SET figures = :figures, submitted_on = :on, submitted_by = :by,
                            version = version + 1
                        WHERE id = :id AND version = :v AND submitted_on IS NULL""")
                .param("figures", figures).param("on", on).param("by", by).param("id", id).param("v", version)
                .update());
    }

    public void assess(long id, int version, LocalDate on, List<Integer> counts, String result, String comments,
                       Long inspectionId) {
        changed(jdbc.sql("""
                        UPDATE resp_review SET reviewed_on = :on, grade_counts = :counts, result = :result,
                            comments = :comments, inspection_id = :inspection, version = version + 1
                        WHERE id = :id AND version = :v AND submitted_on IS NOT NULL AND reviewed_on IS NULL""")
                .param("on", on).param("counts", counts.toArray(Integer[]::new)).param("result", result)
                .param("comments", comments).param("inspection", inspectionId).param("id", id).param("v", version)
                .update());
    }

    private static void changed(int rows) {
        if (rows == 0) {
            throw new ConflictException(STALE);
        }
    }

    private static Round round(ResultSet rs, int n) throws SQLException {
        return new Round(rs.getLong("id"), rs.getLong("issuer_org_id"), rs.getString("issuer_path"), rs.getInt("year"),
                rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
                List.of((String[]) rs.getArray("grades").getArray()));
    }

    private static Review review(ResultSet rs, int n) throws SQLException {
        Array counts = rs.getArray("grade_counts");
        return new Review(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("org_id"), rs.getString("org_path"),
                rs.getString("secretary"), rs.getString("narrative"), rs.getString("figures"),
                rs.getObject("submitted_on", LocalDate.class), rs.getObject("reviewed_on", LocalDate.class),
                counts == null ? List.of() : Arrays.asList((Integer[]) counts.getArray()), rs.getString("result"),
                rs.getString("comments"), rs.getObject("inspection_id", Long.class), rs.getInt("version"));
    }
}
