package cn.dangjian.compliance;

import java.util.Collection;
import java.util.List;

import cn.dangjian.compliance.internal.FindingTraces;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.ForModules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the findings say over a year, for the modules that show responsibility from the records (责任清单, 述职,
 * 考核): they apply their own person's scope. A finding's history is what makes a duty "done" without anyone
 * uploading proof — it closed when the meeting, the vote, the term or the payment was recorded.
 */
@Service
@ForModules
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class FindingHistory {

    private final FindingTraces traces;
    private final OrgUnits orgs;

    FindingHistory(FindingTraces traces, OrgUnits orgs) {
        this.traces = traces;
        this.orgs = orgs;
    }

    /**
     * The findings of these organizations (their own, not their subtree's) open at any time in {@code year} whose
     * rule code starts with one of {@code codePrefixes} (every code starts with its category's, e.g. {@code dues.}).
     */
    public List<FindingTrace> traces(Collection<Long> orgIds, Collection<String> codePrefixes, int year) {
        if (orgIds.isEmpty() || codePrefixes.isEmpty()) {
            return List.of();
        }
        return traces.of(orgIds, codePrefixes, year);
    }

    /** The subtree's findings in {@code year}, counted per category (every category, zeros included). */
    public List<FindingCounts> counts(long orgId, int year) {
        return traces.counts(orgs.refs(List.of(orgId)).get(0).path(), year);
    }
}
