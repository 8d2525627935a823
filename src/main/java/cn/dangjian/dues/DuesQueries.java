package cn.dangjian.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.dangjian.dues.internal.FactsReader;
import cn.dangjian.dues.internal.RegisterStore;
import cn.dangjian.shared.ForModules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dues module's second door: batch reads for other modules and jobs that apply their own caller's scope
 * (compliance's fact provider, the transfer letter's 党费已交到). No {@link cn.dangjian.shared.AccessScope}; web
 * code may not call it. Each read is a fixed number of statements however many ids it is given.
 */
@Service
@ForModules
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class DuesQueries {

    private final FactsReader facts;
    private final RegisterStore register;

    DuesQueries(FactsReader facts, RegisterStore register) {
        this.facts = facts;
        this.register = register;
    }

    /** The dues facts of each organization in {@code orgIds} that holds members or dues records, on {@code today}. */
    public Map<Long, DuesFacts> facts(Collection<Long> orgIds, LocalDate today) {
        return facts.read(List.copyOf(orgIds), today);
    }

    /**
     * The month each member has paid up to (党费已交到, for the transfer letter): the month before their first month
     * not paid in full, or their last month in the register when none is unpaid. A member without any month paid
     * from their first month on is absent.
     */
    public Map<Long, YearMonth> paidUpTo(Collection<Long> memberIds) {
        return register.paidUpTo(memberIds);
    }
}
