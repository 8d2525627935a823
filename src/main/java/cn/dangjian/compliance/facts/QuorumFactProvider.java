package cn.dangjian.compliance.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.FactProvider;
import cn.dangjian.life.MeetingStatistics;
import cn.dangjian.life.QuorumFailure;
import cn.dangjian.org.OrgUnitRef;
import org.springframework.stereotype.Component;

/**
 * Votes that failed their quorum in the batch's branches' meetings held from 1 January of last year to today:
 * one statement per batch. Older meetings are history, no longer on anyone's to-do list.
 */
@Component
class QuorumFactProvider implements FactProvider<QuorumFacts> {

    private final MeetingStatistics meetings;

    QuorumFactProvider(MeetingStatistics meetings) {
        this.meetings = meetings;
    }

    @Override
    public Class<QuorumFacts> type() {
        return QuorumFacts.class;
    }

    @Override
    public Map<Long, QuorumFacts> gather(List<OrgUnitRef> batch, LocalDate today) {
        List<Long> ids = batch.stream().filter(o -> o.type().isBranch()).map(OrgUnitRef::id).toList();
        Map<Long, QuorumFacts> facts = new HashMap<>();
        if (ids.isEmpty()) {
            return facts;
        }
        Map<Long, List<QuorumFailure>> byOrg = new HashMap<>();
        for (QuorumFailure f : meetings.quorumFailures(ids, LocalDate.of(today.getYear() - 1, 1, 1),
                today.plusDays(1))) {
            byOrg.computeIfAbsent(f.orgId(), k -> new ArrayList<>()).add(f);
        }
        ids.forEach(id -> facts.put(id, new QuorumFacts(byOrg.getOrDefault(id, List.of()))));
        return facts;
    }
}
