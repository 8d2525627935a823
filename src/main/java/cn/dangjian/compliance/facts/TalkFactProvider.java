package cn.dangjian.compliance.facts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.FactProvider;
import cn.dangjian.life.TalkRoll;
import cn.dangjian.life.Talks;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import org.springframework.stereotype.Component;

/** The batch's branches' talks of this year and last with roll and committee: a fixed few statements per batch. */
@Component
class TalkFactProvider implements FactProvider<TalkFacts> {

    private final Talks talks;
    private final OrgUnits orgs;

    TalkFactProvider(Talks talks, OrgUnits orgs) {
        this.talks = talks;
        this.orgs = orgs;
    }

    @Override
    public Class<TalkFacts> type() {
        return TalkFacts.class;
    }

    @Override
    public Map<Long, TalkFacts> gather(List<OrgUnitRef> batch, LocalDate today) {
        List<Long> ids = YearlyDuties.branches(batch);
        Map<Long, TalkFacts> facts = new HashMap<>();
        if (ids.isEmpty()) {
            return facts;
        }
        Map<Long, TalkRoll> thisYear = talks.rolls(ids, today.getYear());
        Map<Long, TalkRoll> lastYear = talks.rolls(ids, today.getYear() - 1);
        Map<Long, LocalDate> established = orgs.establishedOn(ids);
        for (Long id : ids) {
            facts.put(id, new TalkFacts(established.get(id), thisYear.get(id), lastYear.get(id)));
        }
        return facts;
    }
}
