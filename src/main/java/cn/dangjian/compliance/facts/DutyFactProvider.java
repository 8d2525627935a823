package cn.dangjian.compliance.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.FactProvider;
import cn.dangjian.duty.DutyFacts;
import cn.dangjian.duty.DutyQueries;
import cn.dangjian.org.OrgUnitRef;
import org.springframework.stereotype.Component;

/**
 * The batch's supervised-task facts — parts it carries not yet reported, parts of its own tasks waiting for its
 * decision — in one call to the duty module per batch. Organizations with nothing open get no facts.
 */
@Component
class DutyFactProvider implements FactProvider<DutyFacts> {

    private final DutyQueries duties;

    DutyFactProvider(DutyQueries duties) {
        this.duties = duties;
    }

    @Override
    public Class<DutyFacts> type() {
        return DutyFacts.class;
    }

    @Override
    public Map<Long, DutyFacts> gather(List<OrgUnitRef> batch, LocalDate today) {
        return batch.isEmpty() ? Map.of() : duties.facts(batch.stream().map(OrgUnitRef::id).toList(), today);
    }
}
