package cn.dangjian.dues.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.dangjian.dues.AssessmentKind;
import cn.dangjian.dues.DuesCalculation;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.Rounding;
import cn.dangjian.shared.Fen;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only assessment rows ({@code dues_assessment}) and the members' confirmations of them. */
@Repository
public class AssessmentStore {

    private static final String COLUMNS = """
            a.id, a.member_id, a.org_id, a.org_path, a.year, a.effective_from, a.kind, a.category, a.base_fen, a.rate_bp,
            a.bracket, a.rule_id, a.exact_fen, a.rounding, a.monthly_fen, a.corrects_id, a.note, a.recorded_by,
            a.recorded_at, c.confirmed_at""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    AssessmentStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public long insert(long memberId, long orgId, String orgPath, YearMonth from, AssessmentKind kind,
                       DuesCalculation calc, Long correctsId, String note, String actor) {
        return jdbc.sql("""
                        INSERT INTO dues_assessment (member_id, org_id, org_path, year, effective_from, kind, category,
                            base_fen, rate_bp, bracket, rule_id, exact_fen, rounding, monthly_fen, corrects_id, note, recorded_by)
                        VALUES (:member, :org, :path, :year, :from, :kind, :category, :base, :rate, :bracket, :rule, :exact,
                            :rounding, :monthly, :corrects, :note, :actor)
                        RETURNING id""")
                .param("member", memberId).param("org", orgId).param("path", orgPath).param("year", from.getYear())
                .param("from", from.atDay(1)).param("kind", kind.name()).param("category", calc.category().name())
                .param("base", calc.base() == null ? null : calc.base().value()).param("rate", calc.rateBasisPoints())
                .param("bracket", calc.bracket()).param("rule", calc.ruleId()).param("exact", calc.exactFen())
                .param("rounding", calc.rounding().name()).param("monthly", calc.monthly().value())
                .param("corrects", correctsId).param("note", note).param("actor", actor)
                .query(Long.class).single();
    }

    /** Inserts many rows in one batch (the 核定 of an organization); see {@link #insert}. */
    public void insertAll(List<AssessmentWriter.Prepared> rows, String actor) {
        if (rows.isEmpty()) {
            return;
        }
        SqlParameterSource[] batch = rows.stream().map(p -> {
            DuesCalculation calc = p.calculation();
            return new MapSqlParameterSource()
                    .addValue("member", p.member().memberId()).addValue("org", p.member().orgId())
                    .addValue("path", p.member().orgPath()).addValue("year", p.from().getYear())
                    .addValue("from", p.from().atDay(1)).addValue("kind", p.kind().name())
                    .addValue("category", calc.category().name())
                    .addValue("base", calc.base() == null ? null : calc.base().value())
                    .addValue("rate", calc.rateBasisPoints()).addValue("bracket", calc.bracket())
                    .addValue("rule", calc.ruleId()).addValue("exact", calc.exactFen())
                    .addValue("rounding", calc.rounding().name()).addValue("monthly", calc.monthly().value())
                    .addValue("corrects", p.corrects()).addValue("note", p.note()).addValue("actor", actor);
        }).toArray(SqlParameterSource[]::new);
        named.batchUpdate("""
                INSERT INTO dues_assessment (member_id, org_id, org_path, year, effective_from, kind, category,
                    base_fen, rate_bp, bracket, rule_id, exact_fen, rounding, monthly_fen, corrects_id, note, recorded_by)
                VALUES (:member, :org, :path, :year, :from, :kind, :category, :base, :rate, :bracket, :rule, :exact,
                    :rounding, :monthly, :corrects, :note, :actor)""", batch);
    }

    /** The first month a member who arrived from outside the platform owes here, and why (see DuesArrivalListener). */
    public Optional<CollectFrom> collectFrom(long memberId) {
        return jdbc.sql("SELECT first_month, reason FROM dues_collect_from WHERE member_id = :member")
                .param("member", memberId)
                .query((rs, n) -> new CollectFrom(YearMonth.from(rs.getObject("first_month", LocalDate.class)),
                        rs.getString("reason")))
                .optional();
    }

    /** The first month owed here, and the reason (the letter's 党费已交到). */
    public record CollectFrom(YearMonth firstMonth, String reason) {
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dues_assessment a LEFT JOIN dues_confirmation c ON c.assessment_id = a.id"
                        + " WHERE a.id = :id")
                .param("id", id).query(AssessmentStore::stored).optional();
    }

    /** Every row of a member's year, oldest first (the history the member and the branch see). */
    public List<Stored> history(long memberId, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dues_assessment a LEFT JOIN dues_confirmation c ON c.assessment_id = a.id"
                        + " WHERE a.member_id = :m AND a.year = :y ORDER BY a.effective_from, a.id")
                .param("m", memberId).param("y", year).query(AssessmentStore::stored).list();
    }

    /** For each of these members, the row in force for {@code month} (the latest of its year in force by then). */
    public List<Stored> inForce(Collection<Long> memberIds, YearMonth month) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT ON (a.member_id) " + COLUMNS
                        + " FROM dues_assessment a LEFT JOIN dues_confirmation c ON c.assessment_id = a.id"
                        + " WHERE a.member_id = ANY(:ids) AND a.year = :y AND a.effective_from <= :m"
                        + " ORDER BY a.member_id, a.effective_from DESC, a.id DESC")
                .param("ids", memberIds.toArray(new Long[0])).param("y", month.getYear()).param("m", month.atDay(1))
                .query(AssessmentStore::stored).list();
    }

    /** For each of these members, their latest row of any year up to {@code year} (to prefill the next 核定). */
    public List<Stored> latest(Collection<Long> memberIds, int year) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT ON (a.member_id) " + COLUMNS
                        + " FROM dues_assessment a LEFT JOIN dues_confirmation c ON c.assessment_id = a.id"
                        + " WHERE a.member_id = ANY(:ids) AND a.year <= :y"
                        + " ORDER BY a.member_id, a.year DESC, a.effective_from DESC, a.id DESC")
                .param("ids", memberIds.toArray(new Long[0])).param("y", year).query(AssessmentStore::stored).list();
    }

    /** Records the member's confirmation; false when it was already confirmed. */
    public boolean confirm(long assessmentId, long memberId, String actor) {
        return jdbc.sql("""
                        INSERT INTO dues_confirmation (assessment_id, member_id, confirmed_by) VALUES (:a, :m, :actor)
                        ON CONFLICT (assessment_id) DO NOTHING""")
                .param("a", assessmentId).param("m", memberId).param("actor", actor).update() == 1;
    }

    /**
     * Which of these members have an assessment for {@code year} (the others are not yet assessed, DF-17).
     */
    public List<Long> assessedAmong(Collection<Long> memberIds, int year) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT member_id FROM dues_assessment WHERE member_id = ANY(:ids) AND year = :y")
                .param("ids", memberIds.toArray(new Long[0])).param("y", year).query(Long.class).list();
    }

    public int rewritePaths(String oldPath, String newPath) {
        int n = 0;
        for (String table : List.of("dues_assessment", "dues_month", "dues_payment", "dues_reduction", "dues_voluntary",
                "dues_remittance")) {
            n += jdbc.sql("UPDATE " + table + " SET org_path = :newPath || substr(org_path, :oldLength + 1)"
                            + " WHERE org_path LIKE :oldPrefix")
                    .param("newPath", newPath).param("oldLength", oldPath.length()).param("oldPrefix", oldPath + "%")
                    .update();
        }
        return n;
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        Long base = rs.getObject("base_fen", Long.class);
        DuesCalculation calc = new DuesCalculation(DuesCategory.valueOf(rs.getString("category")),
                base == null ? null : Fen.of(base), rs.getString("bracket"), rs.getObject("rate_bp", Integer.class),
                rs.getString("rule_id"), ruleArticle(rs.getString("rule_id"), DuesCategory.valueOf(rs.getString("category"))),
                rs.getObject("exact_fen", BigDecimal.class), Rounding.valueOf(rs.getString("rounding")),
                Fen.of(rs.getLong("monthly_fen")));
        OffsetDateTime confirmed = rs.getObject("confirmed_at", OffsetDateTime.class);
        return new Stored(rs.getLong("id"), rs.getLong("member_id"), rs.getLong("org_id"), rs.getString("org_path"),
                YearMonth.from(rs.getObject("effective_from", LocalDate.class)), AssessmentKind.valueOf(rs.getString("kind")),
                calc, rs.getObject("corrects_id", Long.class), rs.getString("note"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), confirmed == null ? null : confirmed.toInstant());
    }

    private static String ruleArticle(String ruleId, DuesCategory category) {
        return switch (ruleId) {
            case "DF-02" -> DuesCategory.REGULATION + "第二条";
            case "DF-05" -> DuesCategory.REGULATION + "第五条";
            default -> category.article();
        };
    }

    /** One stored assessment row. */
    public record Stored(long id, long memberId, long orgId, String orgPath, YearMonth effectiveFrom, AssessmentKind kind,
                         DuesCalculation calculation, Long correctsId, String note, String recordedBy, Instant recordedAt,
                         Instant confirmedAt) {
    }
}
