package cn.dangjian.compliance.facts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.FactProvider;
import cn.dangjian.life.Meetings;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.shared.AccessScope;
import org.springframework.stereotype.Component;

/**
 * Each branch's plan of the year from the life module — the same plan the secretary sees, under the same
 * parameters. One plan per branch (a few queries each): the plan already is the facts, and reading it through
 * the facade keeps one definition of "due".
 */
@Component
class ScheduleFactProvider implements FactProvider<ScheduleFacts> {

    private final Meetings meetings;

    ScheduleFactProvider(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public Class<ScheduleFacts> type() {
        return ScheduleFacts.class;
    }

    @Override
    public Map<Long, ScheduleFacts> gather(List<OrgUnitRef> orgs, LocalDate today) {
        Map<Long, ScheduleFacts> facts = new HashMap<>();
        for (OrgUnitRef org : orgs) {
            if (org.type().isBranch()) {
                facts.put(org.id(), new ScheduleFacts(meetings.planAsOf(AccessScope.system(), org.id(),
                        today.getYear(), today)));
            }
        }
        return facts;
    }
}
