package cn.dangjian.duty;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.dangjian.duty.internal.DutyFactsReader;
import cn.dangjian.shared.ForModules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty module's door for other modules that apply their own caller's scope (compliance's fact provider). No
 * {@link cn.dangjian.shared.AccessScope}; web code may not call it.
 */
@Service
@ForModules
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class DutyQueries {

    private final DutyFactsReader facts;

    DutyQueries(DutyFactsReader facts) {
        this.facts = facts;
    }

    /** The duty facts of each organization in {@code orgIds} that has any; others are absent. */
    public Map<Long, DutyFacts> facts(Collection<Long> orgIds, LocalDate today) {
        return facts.read(List.copyOf(orgIds));
    }
}
