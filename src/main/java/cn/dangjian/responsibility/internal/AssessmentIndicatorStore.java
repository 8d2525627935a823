package cn.dangjian.responsibility.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.dangjian.responsibility.Indicator;
import cn.dangjian.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assessment indicators each 工委 or 党委 chose for a year: one row per issuer and year. */
@Repository
public class AssessmentIndicatorStore {

    /** A row as stored, with the issuer's path for scope checks and binding. */
    public record Stored(long id, long issuerOrgId, String issuerPath, int year, List<Indicator> indicators,
                        String definedBy, int version) {
    }

    private final JdbcClient jdbc;

    AssessmentIndicatorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long issuerOrgId, String issuerPath, int year, List<Indicator> indicators, String by) {
        return jdbc.sql("""
                        INSERT INTO resp_assessment (issuer_org_id, issuer_path, year, indicators, defined_by)
                        VALUES (:org, :path, :year, :indicators, :by) ON CONFLICT (issuer_org_id, year) DO NOTHING
                        RETURNING id""")
                .param("org", issuerOrgId).param("path", issuerPath).param("year", year)
                .param("indicators", names(indicators)).param("by", by).query(Long.class).optional()
                .orElseThrow(() -> new ConflictException(year + "年度的考核指标已由他人确定，请刷新后重试"));
    }

    /** The indicators replaced, if the row is still at {@code version}. */
    public void replace(long id, int version, List<Indicator> indicators, String by) {
        int updated = jdbc.sql("""
                        UPDATE resp_assessment SET indicators = :indicators, defined_by = :by, version = version + 1
                        WHERE id = :id AND version = :v""")
                .param("indicators", names(indicators)).param("by", by).param("id", id).param("v", version).update();
        if (updated == 0) {
            throw new ConflictException("考核指标已被他人修改，请刷新后重试");
        }
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql("SELECT * FROM resp_assessment WHERE id = :id").param("id", id)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getLong("issuer_org_id"), rs.getString("issuer_path"),
                        rs.getInt("year"), indicators(rs.getArray("indicators")), rs.getString("defined_by"),
                        rs.getInt("version")))
                .optional();
    }

    public Optional<Long> issuedBy(long orgId, int year) {
        return jdbc.sql("SELECT id FROM resp_assessment WHERE issuer_org_id = :org AND year = :year")
                .param("org", orgId).param("year", year).query(Long.class).optional();
    }

    /** The ids of the assessments of {@code year} issued by the organization on {@code path} or above, nearest first. */
    public List<Long> binding(String path, int year) {
        return jdbc.sql("""
                        SELECT id FROM resp_assessment WHERE year = :year AND :path LIKE issuer_path || '%'
                        ORDER BY length(issuer_path) DESC""")
                .param("year", year).param("path", path).query(Long.class).list();
    }

    private static String[] names(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::name).toArray(String[]::new);
    }

    /** The stored names in catalogue order; a name no longer in the catalogue is left out. */
    private static List<Indicator> indicators(Array array) throws SQLException {
        List<String> names = Arrays.asList((String[]) array.getArray());
        return Arrays.stream(Indicator.values()).filter(i -> names.contains(i.name())).toList();
    }
}
