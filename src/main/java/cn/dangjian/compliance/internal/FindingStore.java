package cn.dangjian.compliance.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.dangjian.compliance.ComplianceRule;
import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.FindingQuery;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.Severity;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.SortOrder;
import cn.dangjian.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The findings table and its rollup: reconciling an evaluation with what is open, and the reads of the views. */
@Repository
public class FindingStore {

    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            id, org_id, org_path, rule_code, rule_version, rule_id, category, subject, severity, message,
            facts::text AS facts, parameters::text AS parameters, deadline, fix_path, opened_on, resolved_on,
            closed_as, explanation, explained_by, explained_at""";

    private final JdbcClient jdbc;
    private final FindingWriter writer;
    private final JsonMapper json;

    FindingStore(JdbcClient jdbc, FindingWriter writer, JsonMapper json) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.json = json;
    }

    /** A rule's finding for one organization, with the values of the rule's parameters it was computed with. */
    public record Evaluated(long orgId, String orgPath, ComplianceRule rule, FindingDraft draft,
                            Map<String, String> parameters) {
    }

    /** One stored finding, as read. */
    public record Row(long id, long orgId, String orgPath, String ruleCode, int ruleVersion, String ruleId,
                      RuleCategory category, String subject, Severity severity, String message,
                      Map<String, String> facts, Map<String, String> parameters, LocalDate deadline, String fixPath,
                      LocalDate openedOn, LocalDate resolvedOn, boolean lapsed, String explanation,
                      String explainedBy, java.time.Instant explainedAt) {
    }

    /** How many findings were opened, changed and closed. */
    public record Changes(int opened, int changed, int resolved) {
    }

    /**
     * Serialises evaluations until the transaction ends: the listeners run after each change on their own threads,
     * and two evaluations of one organization at once would both open the same finding. Batches are short.
     */
    public void lockEvaluation() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('compliance-evaluation'))").query((rs, n) -> 1).list();
    }

    /**
     * Makes the open findings of {@code orgIds} what {@code found} says: new ones opened (dated from when their
     * condition began, if the rule says and it is not in the future), changed ones updated
     * (their explanation kept), those no longer found closed on {@code today}. Unchanged rows are not written.
     */
    public Changes reconcile(Collection<Long> orgIds, List<Evaluated> found, LocalDate today,
                             java.util.function.BiPredicate<String, String> lapsed) {
        Map<String, Row> open = new HashMap<>();
        for (Row row : openOf(orgIds)) {
            open.put(key(row.orgId(), row.ruleCode(), row.subject()), row);
        }
        List<Map<String, Object>> inserts = new ArrayList<>();
        List<Map<String, Object>> updates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Evaluated e : found) {
            String key = key(e.orgId(), e.rule().code(), e.draft().subject());
            if (!seen.add(key)) {
                continue;
            }
            Row existing = open.get(key);
            if (existing == null) {
                LocalDate since = e.draft().since();
                Map<String, Object> row = values(e);
                row.put("org", e.orgId());
                row.put("code", e.rule().code());
                row.put("subject", e.draft().subject());
                row.put("opened", (since != null && since.isBefore(today) ? since : today).toString());
                inserts.add(row);
            } else if (changed(existing, e)) {
                Map<String, Object> row = values(e);
                row.put("id", existing.id());
                updates.add(row);
            }
        }
        List<Map<String, Object>> resolutions = open.entrySet().stream().filter(o -> !seen.contains(o.getKey()))
                .map(o -> Map.<String, Object>of("id", o.getValue().id(), "today", today.toString(), "closedAs",
                        lapsed.test(o.getValue().ruleCode(), o.getValue().subject()) ? "LAPSED" : "RESOLVED"))
                .toList();
        writer.insert(inserts);
        writer.update(updates);
        writer.resolve(resolutions);
        return new Changes(inserts.size(), updates.size(), resolutions.size());
    }

    private List<Row> openOf(Collection<Long> orgIds) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM compliance_finding WHERE resolved_on IS NULL AND org_id = ANY(:orgs)")
                .param("orgs", orgIds.toArray(Long[]::new)).query(this::row).list();
    }

    private static boolean changed(Row row, Evaluated e) {
        FindingDraft d = e.draft();
        return row.ruleVersion() != e.rule().version() || row.severity() != d.severity()
                || !row.message().equals(d.message()) || !row.facts().equals(d.facts())
                || !Objects.equals(row.deadline(), d.deadline()) || !Objects.equals(row.fixPath(), d.fixPath())
                || !row.orgPath().equals(e.orgPath()) || !row.parameters().equals(e.parameters());
    }

    /** The columns an opened and a changed finding share, as the writer's JSON record reads them. */
    private static Map<String, Object> values(Evaluated e) {
        FindingDraft d = e.draft();
        Map<String, Object> row = new HashMap<>();
        row.put("path", e.orgPath());
        row.put("version", e.rule().version());
        row.put("ruleId", e.rule().ruleId());
        row.put("category", e.rule().category().name());
        row.put("severity", d.severity().name());
        row.put("message", d.message());
        row.put("facts", d.facts());
        row.put("parameters", e.parameters());
        row.put("deadline", d.deadline() == null ? null : d.deadline().toString());
        row.put("fix", d.fixPath());
        return row;
    }

    private static String key(long orgId, String ruleCode, String subject) {
        return orgId + "\u0000" + ruleCode + "\u0000" + subject;
    }

    // --- reads ------------------------------------------------------------------------------------

    public Optional<Row> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM compliance_finding WHERE id = :id").param("id", id)
                .query(this::row).optional();
    }

    /** Findings in the caller's scope matching the query, most pressing first. */
    /** The columns the findings list may be sorted by (the whitelist: nothing else reaches the SQL). */
    private static final Map<String, String> SORTABLE = Map.of("org", "org_path", "severity",
            "CASE severity WHEN 'VIOLATION' THEN 0 WHEN 'OVERDUE' THEN 1 WHEN 'DUE' THEN 2 ELSE 3 END",
            "ruleId", "rule_id", "deadline", "deadline", "openedOn", "opened_on", "resolvedOn", "resolved_on");
    private static final String MOST_PRESSING = """
            resolved_on IS NOT NULL, CASE severity WHEN 'VIOLATION' THEN 0 WHEN 'OVERDUE' THEN 1
                     WHEN 'DUE' THEN 2 ELSE 3 END, deadline NULLS LAST, org_path, id""";

    public PageResult<Row> list(AccessScope scope, FindingQuery query, String withinPath, PageRequest page) {
        return list(scope, query, withinPath, page, null);
    }

    public PageResult<Row> list(AccessScope scope, FindingQuery query, String withinPath, PageRequest page,
                                SortOrder sort) {
        AccessScope.Clause clause = scope.orgClause("org_id", "org_path");
        StringBuilder where = new StringBuilder(" WHERE ").append(clause.sql());
        Map<String, Object> params = new HashMap<>(clause.params());
        if (withinPath != null) {
            if (query.ownOnly()) {
                where.append(" AND org_id = :own");
                params.put("own", query.orgId());
            } else {
                where.append(" AND org_path LIKE :within");
                params.put("within", withinPath + "%");
            }
        }
        if (!query.includeResolved()) {
            where.append(" AND resolved_on IS NULL");
        }
        if (query.category() != null) {
            where.append(" AND category = :category");
            params.put("category", query.category().name());
        }
        if (query.severity() != null) {
            where.append(" AND severity = :severity");
            params.put("severity", query.severity().name());
        }
        if (query.ruleId() != null) {
            where.append(" AND rule_id = :ruleId");
            params.put("ruleId", query.ruleId());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" AND (message LIKE :text OR subject LIKE :text)");
            params.put("text", "%" + Texts.escapeLike(query.text().strip()) + "%");
        }
        if (query.dueFrom() != null) {
            where.append(" AND deadline >= :dueFrom");
            params.put("dueFrom", query.dueFrom());
        }
        if (query.dueTo() != null) {
            where.append(" AND deadline <= :dueTo");
            params.put("dueTo", query.dueTo());
        }
        long total = jdbc.sql("SELECT count(*) FROM compliance_finding" + where).params(params).query(Long.class).single();
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM compliance_finding" + where
                        + SortOrder.orderBy(sort, SORTABLE, "id", MOST_PRESSING) + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(this::row).list();
        return new PageResult<>(rows, total, page.page(), page.size());
    }

    /** Open findings of each organization's whole subtree per category and severity, from the rollup. */
    public Map<Long, Map<RuleCategory, Map<Severity, Integer>>> rollup(Collection<Long> orgIds) {
        Map<Long, Map<RuleCategory, Map<Severity, Integer>>> result = new HashMap<>();
        jdbc.sql("SELECT org_id, category, severity, open FROM compliance_rollup WHERE org_id = ANY(:orgs) AND open > 0")
                .param("orgs", orgIds.toArray(Long[]::new))
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(RuleCategory.class))
                        .computeIfAbsent(RuleCategory.valueOf(rs.getString(2)), k -> new EnumMap<>(Severity.class))
                        .put(Severity.valueOf(rs.getString(3)), rs.getInt(4)))
                .list();
        return result;
    }

    /** Open findings of the subtree at the end of each month from {@code first} to {@code last} (firsts of month), per category. */
    public Map<LocalDate, Map<RuleCategory, Integer>> trend(String path, LocalDate first, LocalDate last) {
        Map<LocalDate, Map<RuleCategory, Integer>> result = new LinkedHashMap<>();
        for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            result.put(m, new EnumMap<>(RuleCategory.class));
        }
        jdbc.sql("""
                        SELECT g.d::date AS month, f.category, count(*) AS open
                        FROM generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 month') AS g(d)
                        JOIN compliance_finding f ON f.org_path LIKE :prefix
                             AND f.opened_on < (g.d + interval '1 month')::date
                             AND (f.resolved_on IS NULL OR f.resolved_on >= (g.d + interval '1 month')::date)
                        GROUP BY 1, 2""")
                .param("first", Date.valueOf(first)).param("last", Date.valueOf(last)).param("prefix", path + "%")
                .query((rs, n) -> result.get(rs.getDate(1).toLocalDate())
                        .put(RuleCategory.valueOf(rs.getString(2)), rs.getInt(3)))
                .list();
        return result;
    }

    public int explain(long id, String text, String by) {
        return jdbc.sql("""
                        UPDATE compliance_finding SET explanation = :text, explained_by = :by, explained_at = now()
                        WHERE id = :id""")
                .param("text", text).param("by", by).param("id", id).update();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_path"), rs.getString("rule_code"),
                rs.getInt("rule_version"), rs.getString("rule_id"), RuleCategory.valueOf(rs.getString("category")),
                rs.getString("subject"), Severity.valueOf(rs.getString("severity")), rs.getString("message"),
                json.readValue(rs.getString("facts"), MAP), json.readValue(rs.getString("parameters"), MAP),
                rs.getDate("deadline") == null ? null : rs.getDate("deadline").toLocalDate(), rs.getString("fix_path"),
                rs.getDate("opened_on").toLocalDate(),
                rs.getDate("resolved_on") == null ? null : rs.getDate("resolved_on").toLocalDate(),
                "LAPSED".equals(rs.getString("closed_as")), rs.getString("explanation"), rs.getString("explained_by"),
                rs.getTimestamp("explained_at") == null ? null : rs.getTimestamp("explained_at").toInstant());
    }
}
