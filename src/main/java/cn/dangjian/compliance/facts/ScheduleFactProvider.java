package cn.dangjian.compliance.facts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.FactProvider;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.life.MeetingPlans;
import cn.dangjian.life.schedule.Schedule;
import cn.dangjian.org.OrgUnitRef;
import org.springframework.stereotype.Component;

/**
 * Each branch's plans of this year and, in the first quarter, of last year ({@link RuleContext#showsPreviousYear})
 * from the life module — the same plan the secretary sees, under the same
 * parameters, computed for the whole batch in a fixed number of queries; reading it through the facade keeps one
 * definition of "due".
 */
@Component
class ScheduleFactProvider implements FactProvider<ScheduleFacts> {

    private final MeetingPlans meetings;

    ScheduleFactProvider(MeetingPlans meetings) {
        this.meetings = meetings;
    }

    @Override
    public Class<ScheduleFacts> type() {
        return ScheduleFacts.class;
    }

    @Override
    public Map<Long, ScheduleFacts> gather(List<OrgUnitRef> orgs, LocalDate today) {
        Map<Long, ScheduleFacts> facts = new HashMap<>();
        List<OrgUnitRef> branches = orgs.stream().filter(o -> o.type().isBranch()).toList();
        if (!branches.isEmpty()) {
            Map<Long, Schedule> previous = RuleContext.showsPreviousYear(today)
                    ? meetings.plansAsOf(branches, today.getYear() - 1, today) : Map.of();
            meetings.plansAsOf(branches, today.getYear(), today).forEach((id, current) -> facts.put(id,
                    new ScheduleFacts(previous.containsKey(id) ? List.of(previous.get(id), current) : List.of(current))));
        }
        return facts;
    }
}
