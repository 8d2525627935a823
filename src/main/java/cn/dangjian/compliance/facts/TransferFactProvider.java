package cn.dangjian.compliance.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.FactProvider;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.transfer.TransferFacts;
import cn.dangjian.transfer.TransferQueries;
import org.springframework.stereotype.Component;

/**
 * The batch's transfer facts — steps waiting for each organization, letters out whose 回执 is not back — in one call
 * to the transfer module per batch. Organizations with nothing open get no facts.
 */
@Component
class TransferFactProvider implements FactProvider<TransferFacts> {

    private final TransferQueries transfers;

    TransferFactProvider(TransferQueries transfers) {
        this.transfers = transfers;
    }

    @Override
    public Class<TransferFacts> type() {
        return TransferFacts.class;
    }

    @Override
    public Map<Long, TransferFacts> gather(List<OrgUnitRef> batch, LocalDate today) {
        return batch.isEmpty() ? Map.of() : transfers.facts(batch.stream().map(OrgUnitRef::id).toList(), today);
    }
}
