package cn.dangjian.compliance.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.shared.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The aggregated reads behind the oversight home page: which organizations of a subtree have late findings, worst
 * first, and which organizations miss every one of a rule's recent periods. One grouped query each, never one per
 * organization — a 工委 may see twenty thousand of them.
 */
@Repository
public class AttentionStore {

    private static final String LATE = "severity IN ('VIOLATION', 'OVERDUE')";

    private final JdbcClient jdbc;

    AttentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An organization's late findings per rule code. */
    public record LateByRule(long orgId, int late, int open, Map<String, Integer> perRule) {
    }

    /** How many organizations below {@code path} (the organization at {@code path} itself excluded) have late findings. */
    public long countLate(AccessScope scope, String path, long self) {
        Where w = where(scope, path, self);
        return jdbc.sql("SELECT count(DISTINCT org_id) FROM compliance_finding" + w.sql + " AND " + LATE)
                .params(w.params).query(Long.class).single();
    }

    /**
     * The {@code limit} organizations below {@code path} with the most late findings (then the most open ones), each
     * with its late findings counted per rule code.
     */
    public List<LateByRule> worst(AccessScope scope, String path, long self, int limit) {
        Where w = where(scope, path, self);
        Map<Long, LateByRule> result = new LinkedHashMap<>();
        jdbc.sql("""
                        WITH org AS (
                            SELECT org_id, count(*) FILTER (WHERE %2$s) AS late, count(*) AS open
                            FROM compliance_finding %1$s
                            GROUP BY org_id HAVING count(*) FILTER (WHERE %2$s) > 0
                            ORDER BY late DESC, open DESC, org_id LIMIT :limit)
                        SELECT org.org_id, org.late, org.open, f.rule_code, count(f.id) AS n
                        FROM org JOIN compliance_finding f ON f.org_id = org.org_id AND f.resolved_on IS NULL
                                 AND f.severity IN ('VIOLATION', 'OVERDUE')
                        GROUP BY org.org_id, org.late, org.open, f.rule_code
                        ORDER BY org.late DESC, org.open DESC, org.org_id, n DESC, f.rule_code"""
                        .formatted(w.sql, LATE))
                .params(w.params).param("limit", limit)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    int late = rs.getInt(2);
                    int open = rs.getInt(3);
                    return result.computeIfAbsent(id, k -> new LateByRule(k, late, open, new LinkedHashMap<>()))
                            .perRule().put(rs.getString(4), rs.getInt(5));
                })
                .list();
        return new ArrayList<>(result.values());
    }

    /**
     * Organizations below {@code path} (itself included) whose open findings under {@code ruleId} cover every one of
     * {@code periods} (the subjects of the schedule rules begin with the period's first day, {@code 2026-09-01}):
     * how many, and the ids of the first {@code limit} by path.
     */
    public Missing missingEvery(AccessScope scope, String path, String ruleId, List<String> periods, int limit) {
        Where w = where(scope, path, null);
        String sql = """
                SELECT org_id, min(org_path) AS org_path FROM compliance_finding %s AND rule_id = :ruleId
                       AND left(subject, 10) IN (:periods)
                GROUP BY org_id HAVING count(DISTINCT left(subject, 10)) = :needed""".formatted(w.sql);
        long total = jdbc.sql("SELECT count(*) FROM (" + sql + ") AS m").params(w.params).param("ruleId", ruleId)
                .param("periods", periods).param("needed", periods.size()).query(Long.class).single();
        List<Long> first = jdbc.sql(sql + " ORDER BY org_path LIMIT :limit").params(w.params).param("ruleId", ruleId)
                .param("periods", periods).param("needed", periods.size()).param("limit", limit)
                .query((rs, n) -> rs.getLong(1)).list();
        return new Missing(total, first);
    }

    /** How many organizations, and the first ones' ids. */
    public record Missing(long total, List<Long> first) {
    }

    private static Where where(AccessScope scope, String path, Long self) {
        AccessScope.Clause clause = scope.orgClause("org_id", "org_path");
        Map<String, Object> params = new HashMap<>(clause.params());
        StringBuilder sql = new StringBuilder(" WHERE resolved_on IS NULL AND ").append(clause.sql())
                .append(" AND org_path LIKE :within");
        params.put("within", path + "%");
        if (self != null) {
            sql.append(" AND org_id <> :self");
            params.put("self", self);
        }
        return new Where(sql.toString(), params);
    }

    private record Where(String sql, Map<String, Object> params) {
    }
}
