package cn.dangjian.compliance.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.FactProvider;
import cn.dangjian.dues.DuesFacts;
import cn.dangjian.dues.DuesQueries;
import cn.dangjian.org.OrgUnitRef;
import org.springframework.stereotype.Component;

/**
 * The batch's dues facts (arrears, this year's assessments, remittance periods, large voluntary payments, ended
 * reductions): one call to the dues module per batch, a fixed number of statements whatever its size. Only
 * organizations holding members get facts; the dues module applies its own parameters (remittance cadence and
 * deadline, 核定 deadline, forwarding days) for each organization.
 */
@Component
class DuesFactProvider implements FactProvider<DuesFacts> {

    private final DuesQueries dues;

    DuesFactProvider(DuesQueries dues) {
        this.dues = dues;
    }

    @Override
    public Class<DuesFacts> type() {
        return DuesFacts.class;
    }

    @Override
    public Map<Long, DuesFacts> gather(List<OrgUnitRef> batch, LocalDate today) {
        List<Long> ids = batch.stream().filter(o -> o.type().holdsMembers()).map(OrgUnitRef::id).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dues.facts(ids, today);
    }
}
