package cn.dangjian.duty.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dangjian.duty.DutyFacts;
import cn.dangjian.duty.DutyFacts.AwaitingDecision;
import cn.dangjian.duty.DutyFacts.OpenPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the duty facts of a batch of organizations in three statements: the open parts they carry, the parts of
 * their tasks waiting for their decision, and the organizations' names. Parts of withdrawn tasks are not read.
 */
@Component
public class DutyFactsReader {

    private final JdbcClient jdbc;
    private final TaskViews views;

    DutyFactsReader(JdbcClient jdbc, TaskViews views) {
        this.jdbc = jdbc;
        this.views = views;
    }

    public Map<Long, DutyFacts> read(List<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return Map.of();
        }
        List<Row> rows = jdbc.sql("""
                        SELECT a.id, a.task_id, t.year, t.no, t.title, a.org_id, a.issuer_org_id, a.state, a.deadline,
                               a.extension_until, a.last_reminded_on, a.reported_on,
                               (SELECT min(e.on_date) FROM duty_assignment_entry e WHERE e.assignment_id = a.id) AS since,
                               (SELECT max(e.on_date) FROM duty_assignment_entry e WHERE e.assignment_id = a.id
                                  AND e.kind = 'EXTENSION_REQUESTED') AS asked_on
                        FROM duty_assignment a JOIN duty_task t ON t.id = a.task_id
                        WHERE t.state = 'OPEN'
                          AND ((a.org_id IN (:orgs) AND a.state = 'IN_PROGRESS')
                               OR (a.issuer_org_id IN (:orgs)
                                   AND (a.state = 'REPORTED' OR (a.state = 'IN_PROGRESS' AND a.extension_until IS NOT NULL))))
                        ORDER BY a.deadline, a.id""")
                .param("orgs", orgIds)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("task_id"),
                        "督办〔" + rs.getInt("year") + "〕" + rs.getInt("no") + "号", rs.getString("title"),
                        rs.getLong("org_id"), rs.getLong("issuer_org_id"), rs.getString("state"),
                        rs.getObject("deadline", LocalDate.class), rs.getObject("extension_until", LocalDate.class),
                        rs.getObject("last_reminded_on", LocalDate.class), rs.getObject("reported_on", LocalDate.class),
                        rs.getObject("since", LocalDate.class), rs.getObject("asked_on", LocalDate.class)))
                .list();
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.orgId());
            ids.add(r.issuerId());
        });
        Map<Long, String> names = views.names(List.copyOf(ids));
        Set<Long> wanted = Set.copyOf(orgIds);
        Map<Long, List<OpenPart>> assigned = new HashMap<>();
        Map<Long, List<AwaitingDecision>> toDecide = new HashMap<>();
        for (Row r : rows) {
            boolean open = r.state().equals("IN_PROGRESS");
            if (open && wanted.contains(r.orgId())) {
                assigned.computeIfAbsent(r.orgId(), k -> new ArrayList<>()).add(new OpenPart(r.id(), r.taskId(),
                        r.number(), r.title(), names.getOrDefault(r.issuerId(), ""), r.since(), r.deadline(),
                        r.extensionUntil(), r.remindedOn()));
            }
            if (wanted.contains(r.issuerId()) && (!open || r.extensionUntil() != null)) {
                toDecide.computeIfAbsent(r.issuerId(), k -> new ArrayList<>()).add(new AwaitingDecision(r.id(),
                        r.taskId(), r.number(), r.title(), names.getOrDefault(r.orgId(), ""), !open,
                        open ? r.askedOn() : r.reportedOn()));
            }
        }
        Map<Long, DutyFacts> facts = new HashMap<>();
        Set<Long> with = new HashSet<>(assigned.keySet());
        with.addAll(toDecide.keySet());
        with.forEach(org -> facts.put(org, new DutyFacts(assigned.getOrDefault(org, List.of()),
                toDecide.getOrDefault(org, List.of()))));
        return facts;
    }

    private record Row(long id, long taskId, String number, String title, long orgId, long issuerId, String state,
                       LocalDate deadline, LocalDate extensionUntil, LocalDate remindedOn, LocalDate reportedOn,
                       LocalDate since, LocalDate askedOn) {
    }
}
