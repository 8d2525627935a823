package cn.dangjian.compliance.facts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.FactProvider;
import cn.dangjian.life.Appraisals;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import org.springframework.stereotype.Component;

/** The batch's branches' 民主评议 of this year and last, and their 成立日期: two statements per batch. */
@Component
class AppraisalFactProvider implements FactProvider<AppraisalFacts> {

    private final Appraisals appraisals;
    private final OrgUnits orgs;

    AppraisalFactProvider(Appraisals appraisals, OrgUnits orgs) {
        this.appraisals = appraisals;
        this.orgs = orgs;
    }

    @Override
    public Class<AppraisalFacts> type() {
        return AppraisalFacts.class;
    }

    @Override
    public Map<Long, AppraisalFacts> gather(List<OrgUnitRef> batch, LocalDate today) {
        List<Long> ids = YearlyDuties.branches(batch);
        Map<Long, AppraisalFacts> facts = new HashMap<>();
        if (ids.isEmpty()) {
            return facts;
        }
        Map<Long, Map<Integer, LocalDate>> held = appraisals.heldOn(ids, today.getYear() - 1, today.getYear());
        Map<Long, LocalDate> established = orgs.establishedOn(ids);
        for (Long id : ids) {
            facts.put(id, new AppraisalFacts(established.get(id), held.getOrDefault(id, Map.of())));
        }
        return facts;
    }
}
