package cn.dangjian.compliance.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.FindingCounts;
import cn.dangjian.compliance.FindingTrace;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the findings' history by year: which were open in it, and how many opened and closed. */
@Repository
public class FindingTraces {

    private static final String OPEN_IN_YEAR = " opened_on < :until AND (resolved_on IS NULL OR resolved_on >= :from)";

    private final JdbcClient jdbc;

    FindingTraces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<FindingTrace> of(Collection<Long> orgIds, Collection<String> codePrefixes, int year) {
        return jdbc.sql("""
                        SELECT org_id, rule_code, rule_id, category, severity, message, deadline, opened_on,
                               resolved_on, closed_as = 'LAPSED' AS lapsed
                        FROM compliance_finding
                        WHERE org_id = ANY(:orgs) AND rule_code LIKE ANY(:patterns)
                          AND """ + OPEN_IN_YEAR + " ORDER BY org_id, opened_on, id")
                .param("orgs", orgIds.toArray(Long[]::new))
                .param("patterns", codePrefixes.stream().map(p -> cn.dangjian.shared.Texts.escapeLike(p) + "%").toArray(String[]::new))
                .param("from", LocalDate.of(year, 1, 1)).param("until", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new FindingTrace(rs.getLong("org_id"), rs.getString("rule_code"),
                        rs.getString("rule_id"), RuleCategory.valueOf(rs.getString("category")),
                        Severity.valueOf(rs.getString("severity")), rs.getString("message"),
                        rs.getObject("deadline", LocalDate.class), rs.getObject("opened_on", LocalDate.class),
                        rs.getObject("resolved_on", LocalDate.class), rs.getBoolean("lapsed")))
                .list();
    }

    public List<FindingCounts> counts(String path, int year) {
        Map<RuleCategory, FindingCounts> byCategory = new EnumMap<>(RuleCategory.class);
        Arrays.stream(RuleCategory.values()).forEach(c -> byCategory.put(c, new FindingCounts(c, 0, 0, 0, 0, 0)));
        jdbc.sql("""
                        SELECT category,
                               count(*) FILTER (WHERE opened_on >= :from) AS opened,
                               count(*) FILTER (WHERE resolved_on < :until AND closed_as IS DISTINCT FROM 'LAPSED') AS resolved,
                               count(*) FILTER (WHERE resolved_on < :until AND closed_as = 'LAPSED') AS lapsed,
                               count(*) FILTER (WHERE resolved_on IS NULL) AS open_now,
                               count(*) FILTER (WHERE resolved_on IS NULL AND severity IN ('OVERDUE', 'VIOLATION')) AS open_missed
                        FROM compliance_finding
                        WHERE org_path LIKE :path AND """ + OPEN_IN_YEAR + " GROUP BY category")
                .param("path", path + "%")
                .param("from", LocalDate.of(year, 1, 1)).param("until", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new FindingCounts(RuleCategory.valueOf(rs.getString("category")),
                        rs.getInt("opened"), rs.getInt("resolved"), rs.getInt("lapsed"), rs.getInt("open_now"),
                        rs.getInt("open_missed")))
                .list().forEach(c -> byCategory.put(c.category(), c));
        return List.copyOf(byCategory.values());
    }
}
