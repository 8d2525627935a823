package cn.dangjian.duty.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.duty.TaskQuery;
import cn.dangjian.duty.TaskRow;
import cn.dangjian.duty.TaskState;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The list of supervised tasks of a subtree: issued by it, or with a part given to it, that the caller reaches on
 * either side; one statement for the page with its parts counted, one for the total, one for the names.
 */
@Component
public class TaskList {

    private static final String FROM = """
            FROM duty_task t
            WHERE (((%1$s) AND t.org_path LIKE :p AND CAST(:dir AS text) IS DISTINCT FROM 'RECEIVED')
               OR (CAST(:dir AS text) IS DISTINCT FROM 'ISSUED' AND EXISTS (SELECT 1 FROM duty_assignment a
                   WHERE a.task_id = t.id AND a.org_path LIKE :p AND (%2$s))))
              AND (CAST(:state AS text) IS NULL OR t.state = :state)
              AND (:overdue = false OR EXISTS (SELECT 1 FROM duty_assignment o WHERE o.task_id = t.id
                   AND o.state = 'IN_PROGRESS' AND o.deadline < :today))
              AND (CAST(:q AS text) IS NULL OR t.title LIKE '%%' || :q || '%%'
                   OR '督办〔' || t.year || '〕' || t.no || '号' = :q)""";

    private final JdbcClient jdbc;
    private final TaskViews views;

    TaskList(JdbcClient jdbc, TaskViews views) {
        this.jdbc = jdbc;
        this.views = views;
    }

    public PageResult<TaskRow> read(AccessScope scope, OrgUnitRef org, TaskQuery query, PageRequest page,
                                    LocalDate today) {
        AccessScope.Clause issuer = scope.orgClause("t.issuer_org_id", "t.org_path");
        AccessScope.Clause assignee = scope.orgClause("a.org_id", "a.org_path");
        String from = FROM.formatted(issuer.sql(), assignee.sql());
        Map<String, Object> params = new HashMap<>(issuer.params());
        params.putAll(assignee.params());
        params.put("p", org.path() + "%");
        params.put("dir", query.direction() == null ? null : query.direction().name());
        params.put("state", query.state() == null ? null : query.state().name());
        params.put("overdue", query.overdueOnly());
        params.put("today", today);
        params.put("q", query.text() == null || query.text().isBlank() ? null : query.text().strip());
        long total = jdbc.sql("SELECT count(*) " + from).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Raw> raws = jdbc.sql("""
                        SELECT t.id, t.year, t.no, t.title, t.issuer_org_id, t.deadline, t.state, t.issued_on,
                               (SELECT array_agg(a.org_id ORDER BY a.lead DESC, a.id) FROM duty_assignment a
                                WHERE a.task_id = t.id) AS orgs,
                               (SELECT count(*) FROM duty_assignment a WHERE a.task_id = t.id) AS parts,
                               (SELECT count(*) FROM duty_assignment a WHERE a.task_id = t.id AND a.state = 'REPORTED') AS reported,
                               (SELECT count(*) FROM duty_assignment a WHERE a.task_id = t.id AND a.state = 'CLOSED') AS closed,
                               (SELECT count(*) FROM duty_assignment a WHERE a.task_id = t.id AND a.state = 'IN_PROGRESS'
                                  AND a.deadline < :today) AS overdue
                        """ + from + " ORDER BY t.issued_on DESC, t.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query((rs, n) -> new Raw(rs.getLong("id"), "督办〔" + rs.getInt("year") + "〕"
                        + rs.getInt("no") + "号", rs.getString("title"), rs.getLong("issuer_org_id"),
                        rs.getObject("deadline", LocalDate.class), TaskState.valueOf(rs.getString("state")),
                        rs.getObject("issued_on", LocalDate.class), longs(rs.getArray("orgs")), rs.getInt("parts"),
                        rs.getInt("reported"), rs.getInt("closed"), rs.getInt("overdue")))
                .list();
        List<Long> ids = new ArrayList<>();
        raws.forEach(r -> {
            ids.add(r.issuer());
            ids.addAll(r.orgs());
        });
        Map<Long, String> names = views.names(ids);
        List<TaskRow> rows = raws.stream().map(r -> new TaskRow(r.id(), r.number(), r.title(), r.issuer(),
                names.getOrDefault(r.issuer(), ""), assignees(r.orgs(), names), r.deadline(), r.state(), r.parts(),
                r.reported(), r.closed(), r.overdue(), r.issuedOn())).toList();
        return new PageResult<>(rows, total, page.page(), page.size());
    }

    /** The first three assignees (the lead first), and how many more. */
    private static String assignees(List<Long> orgs, Map<Long, String> names) {
        List<String> shown = orgs.stream().limit(3).map(id -> names.getOrDefault(id, "")).toList();
        return String.join("、", shown) + (orgs.size() > 3 ? "等" + orgs.size() + "个党组织" : "");
    }

    private static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Long> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(((Number) o).longValue());
        }
        return out;
    }

    private record Raw(long id, String number, String title, long issuer, LocalDate deadline, TaskState state,
                       LocalDate issuedOn, List<Long> orgs, int parts, int reported, int closed, int overdue) {
    }
}
