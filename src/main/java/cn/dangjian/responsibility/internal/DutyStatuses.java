package cn.dangjian.responsibility.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dangjian.compliance.FindingHistory;
import cn.dangjian.compliance.FindingTrace;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.responsibility.DutyLevel;
import cn.dangjian.responsibility.DutyLine;
import cn.dangjian.responsibility.DutyStatus;
import cn.dangjian.responsibility.DutyView;
import cn.dangjian.responsibility.Evidence;
import cn.dangjian.responsibility.ListView;
import org.springframework.stereotype.Component;

/**
 * A duty's status for an organization, from the findings its evidence's rules opened and closed this year (ZR-02:
 * evidence computed, nobody uploads proof): an open finding past its deadline — 逾期未落实; an open one in time —
 * 待办; all closed, one of them lapsed unremedied — 本年度曾逾期; all closed by their records — 已落实; none
 * this year —
 * 无到期事项. A duty with no evidence is 已书面说明 once the organization has stated how, else 平台无相应记录.
 * One read of the findings for every organization and duty asked about.
 */
@Component
public class DutyStatuses {

    static final int MAX_REASONS = 3;

    private final FindingHistory history;

    DutyStatuses(FindingHistory history) {
        this.history = history;
    }

    /** Each organization's lines for the list's duties at its level, by organization id. */
    public Map<Long, List<DutyLine>> of(ListView list, Collection<OrgUnitRef> orgs,
                                        Map<Long, Map<Long, ListStore.Statement>> statements) {
        Set<String> prefixes = new LinkedHashSet<>();
        list.duties().stream().filter(d -> d.evidence() != null).forEach(d -> prefixes.addAll(d.evidence().codePrefixes()));
        Map<Long, List<FindingTrace>> byOrg = new HashMap<>();
        for (FindingTrace t : history.traces(orgs.stream().map(OrgUnitRef::id).toList(), prefixes, list.year())) {
            byOrg.computeIfAbsent(t.orgId(), k -> new ArrayList<>()).add(t);
        }
        Map<Long, List<DutyLine>> result = new HashMap<>();
        for (OrgUnitRef org : orgs) {
            DutyLevel level = DutyLevel.of(org.type());
            List<DutyLine> lines = new ArrayList<>();
            for (DutyView d : list.at(level)) {
                lines.add(d.evidence() == null
                        ? stated(d, statements.getOrDefault(org.id(), Map.of()).get(d.id()))
                        : line(d, org.id(), byOrg.getOrDefault(org.id(), List.of())));
            }
            result.put(org.id(), lines);
        }
        return result;
    }

    static DutyLine line(DutyView duty, long orgId, List<FindingTrace> traces) {
        Evidence evidence = duty.evidence();
        List<FindingTrace> relevant = traces.stream().filter(t -> evidence.matches(t.ruleCode())).toList();
        List<FindingTrace> openMissed = relevant.stream().filter(t -> t.open() && t.missed()).toList();
        List<FindingTrace> open = relevant.stream().filter(FindingTrace::open).toList();
        List<FindingTrace> closedMissed = relevant.stream().filter(t -> !t.open() && t.missed()).toList();
        DutyStatus status;
        List<FindingTrace> why;
        if (!openMissed.isEmpty()) {
            status = DutyStatus.OVERDUE;
            why = openMissed;
        } else if (!open.isEmpty()) {
            status = DutyStatus.DUE;
            why = open;
        } else if (!closedMissed.isEmpty()) {
            status = DutyStatus.LATE;
            why = closedMissed;
        } else {
            status = relevant.isEmpty() ? DutyStatus.CLEAR : DutyStatus.DONE;
            why = List.of();
        }
        List<String> reasons = why.stream().map(t -> t.message() + (t.open() ? "" : "（期满未补办）")).distinct().toList();
        if (reasons.size() > MAX_REASONS) {
            reasons = java.util.stream.Stream.concat(reasons.stream().limit(MAX_REASONS),
                    java.util.stream.Stream.of("等" + reasons.size() + "项，详见依据记录")).toList();
        }
        return new DutyLine(duty, status, reasons, evidence.records(orgId), null, null);
    }

    static DutyLine stated(DutyView duty, ListStore.Statement statement) {
        return statement == null
                ? new DutyLine(duty, DutyStatus.NOT_EVIDENCED, List.of(), null, null, null)
                : new DutyLine(duty, DutyStatus.STATED, List.of(), null, statement.text(), statement.on());
    }
}
