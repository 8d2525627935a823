package cn.dangjian.parameters.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import cn.dangjian.parameters.ParameterSetting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only settings table ({@code rule_parameter_setting}). */
@Repository
public class ParameterStore {

    private static final String COLUMNS = "id, parameter_key, org_id, value, effective_from, reason, set_by, set_at";

    private final JdbcClient jdbc;

    ParameterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The platform's settings and those of {@code orgIds}, effective on or before {@code date}. */
    public List<ParameterSetting> effective(Collection<Long> orgIds, LocalDate date) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_parameter_setting"
                        + " WHERE effective_from <= :date AND (org_id IS NULL OR org_id = ANY(:orgs))")
                .param("date", Date.valueOf(date)).param("orgs", orgIds.toArray(Long[]::new))
                .query(ParameterStore::setting).list();
    }

    /** Every setting effective on or before {@code date}, of every level — the table stays small. */
    public List<ParameterSetting> effectiveAll(LocalDate date) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_parameter_setting WHERE effective_from <= :date")
                .param("date", Date.valueOf(date)).query(ParameterStore::setting).list();
    }

    /** Every setting made at one level (the platform when {@code orgId} is null), newest first. */
    public List<ParameterSetting> history(Long orgId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_parameter_setting"
                        + " WHERE org_id IS NOT DISTINCT FROM :org ORDER BY effective_from DESC, id DESC")
                .param("org", orgId, java.sql.Types.BIGINT).query(ParameterStore::setting).list();
    }

    public long insert(String key, Long orgId, String value, LocalDate effectiveFrom, String reason, String setBy) {
        return jdbc.sql("""
                        INSERT INTO rule_parameter_setting (parameter_key, org_id, value, effective_from, reason, set_by)
                        VALUES (:key, :org, :value, :from, :reason, :by) RETURNING id""")
                .param("key", key).param("org", orgId, java.sql.Types.BIGINT).param("value", value)
                .param("from", Date.valueOf(effectiveFrom)).param("reason", reason).param("by", setBy)
                .query(Long.class).single();
    }

    private static ParameterSetting setting(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ParameterSetting(rs.getLong("id"), rs.getString("parameter_key"), rs.getObject("org_id", Long.class),
                rs.getString("value"), rs.getDate("effective_from").toLocalDate(), rs.getString("reason"),
                rs.getString("set_by"), rs.getTimestamp("set_at").toInstant());
    }
}
