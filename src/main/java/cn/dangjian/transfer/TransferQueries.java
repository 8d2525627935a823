package cn.dangjian.transfer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.dangjian.shared.ForModules;
import cn.dangjian.transfer.internal.TransferFactsReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transfer module's door for other modules that apply their own caller's scope (compliance's fact provider).
 * No {@link cn.dangjian.shared.AccessScope}; web code may not call it. A fixed number of statements per call.
 */
@Service
@ForModules
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class TransferQueries {

    private final TransferFactsReader facts;

    TransferQueries(TransferFactsReader facts) {
        this.facts = facts;
    }

    /** The transfer facts on {@code today} of each organization in {@code orgIds} that has any; others are absent. */
    public Map<Long, TransferFacts> facts(Collection<Long> orgIds, LocalDate today) {
        return facts.read(List.copyOf(orgIds), today);
    }
}
