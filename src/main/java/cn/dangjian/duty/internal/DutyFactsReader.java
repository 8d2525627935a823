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
import cn.dangjian.duty.DutyFacts.DueReports;
import cn.dangjian.duty.DutyFacts.OpenItem;
import cn.dangjian.duty.DutyFacts.OpenPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the duty facts of a batch of organizations in five statements: the open parts they carry and the parts of
 * their tasks waiting for their decision, the organizations' names, their rectification items not fixed and their
 * inspections with a report not sent. Parts of withdrawn tasks are not read.
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
        Map<Long, List<OpenItem>> items = new HashMap<>();
        Map<Long, List<DueReports>> reports = new HashMap<>();
        jdbc.sql("""
                        SELECT r.id, r.inspection_id, r.org_id, r.position, r.problem, r.owner, r.deadline, i.kind, i.team
                        FROM duty_rectification r JOIN duty_inspection i ON i.id = r.inspection_id
                        WHERE r.org_id IN (:orgs) AND r.state = 'OPEN' ORDER BY r.deadline, r.id""")
                .param("orgs", orgIds).query((rs, n) -> items.computeIfAbsent(rs.getLong("org_id"),
                        k -> new ArrayList<>()).add(new OpenItem(rs.getLong("id"), rs.getLong("inspection_id"),
                        inspection(rs.getString("team"), rs.getString("kind")), rs.getInt("position"),
                        rs.getString("problem"), rs.getString("owner"), rs.getObject("deadline", LocalDate.class))))
                .list();
        jdbc.sql("""
                        SELECT id, org_id, kind, team, feedback_on, reports_due, rectification_report_on, leader_report_on
                        FROM duty_inspection
                        WHERE org_id IN (:orgs) AND kind <> 'REVIEW'
                          AND (rectification_report_on IS NULL OR leader_report_on IS NULL)""")
                .param("orgs", orgIds).query((rs, n) -> reports.computeIfAbsent(rs.getLong("org_id"),
                        k -> new ArrayList<>()).add(new DueReports(rs.getLong("id"),
                        inspection(rs.getString("team"), rs.getString("kind")),
                        rs.getObject("feedback_on", LocalDate.class), rs.getObject("reports_due", LocalDate.class),
                        rs.getObject("rectification_report_on") != null, rs.getObject("leader_report_on") != null)))
                .list();
        Map<Long, DutyFacts> facts = new HashMap<>();
        Set<Long> with = new HashSet<>(assigned.keySet());
        with.addAll(toDecide.keySet());
        with.addAll(items.keySet());
        with.addAll(reports.keySet());
        with.forEach(org -> facts.put(org, new DutyFacts(assigned.getOrDefault(org, List.of()),
                toDecide.getOrDefault(org, List.of()), items.getOrDefault(org, List.of()),
                reports.getOrDefault(org, List.of()))));
        return facts;
    }

    /** 「市委第三巡察组巡察」: how the inspection is named in a finding. */
    private static String inspection(String team, String kind) {
        return team + cn.dangjian.duty.InspectionKind.valueOf(kind).label();
    }

    private record Row(long id, long taskId, String number, String title, long orgId, long issuerId, String state,
                       LocalDate deadline, LocalDate extensionUntil, LocalDate remindedOn, LocalDate reportedOn,
                       LocalDate since, LocalDate askedOn) {
    }
}
