package cn.dangjian.responsibility.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dangjian.compliance.FindingHistory;
import cn.dangjian.compliance.FindingTrace;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.responsibility.AssessmentResults;
import cn.dangjian.responsibility.AssessmentView;
import cn.dangjian.responsibility.DutyLevel;
import cn.dangjian.responsibility.Indicator;
import org.springframework.stereotype.Component;

/**
 * An indicator's figure for a subtree and year (ZR-07, outcomes from records): of the organizations of the
 * indicator's levels, those with no missed finding of its evidence's rules in the year — none open overdue or
 * against the rules and none that lapsed unremedied ({@link cn.dangjian.compliance.FindingTrace#missed}) — over all
 * of them. The findings
 * of every organization and indicator are read at once; rows follow the tree, whatever their values.
 */
@Component
public class IndicatorFigures {

    private final FindingHistory history;

    IndicatorFigures(FindingHistory history) {
        this.history = history;
    }

    /**
     * The figures below {@code root}: {@code subtree} is its active organizations, itself included, in the tree's
     * order; a row for each of its direct children with an organization the catalogue counts, and the total.
     */
    public AssessmentResults of(AssessmentView assessment, OrgUnitRef root, List<OrgUnitRef> subtree) {
        List<OrgUnitRef> bound = subtree.stream().filter(o -> DutyLevel.of(o.type()) != null).toList();
        Map<Indicator, Map<Long, List<String>>> misses = misses(assessment.indicators(), bound, assessment.year());
        List<AssessmentResults.Row> rows = new ArrayList<>();
        for (OrgUnitRef child : subtree) {
            if (child.parentId() == null || child.parentId() != root.id()) {
                continue;
            }
            List<OrgUnitRef> within = bound.stream().filter(o -> o.path().startsWith(child.path())).toList();
            if (!within.isEmpty()) {
                rows.add(row(assessment, child, within, misses));
            }
        }
        return new AssessmentResults(assessment, root.id(), root.name(), rows, row(assessment, root, bound, misses));
    }

    /** Per indicator, the organizations of its levels that missed, with what the findings said. */
    private Map<Indicator, Map<Long, List<String>>> misses(List<Indicator> indicators, List<OrgUnitRef> bound,
                                                           int year) {
        Set<String> prefixes = new LinkedHashSet<>();
        indicators.forEach(i -> prefixes.addAll(i.evidence().codePrefixes()));
        Map<Long, List<FindingTrace>> byOrg = new HashMap<>();
        for (FindingTrace t : history.traces(bound.stream().map(OrgUnitRef::id).toList(), prefixes, year)) {
            byOrg.computeIfAbsent(t.orgId(), k -> new ArrayList<>()).add(t);
        }
        Map<Indicator, Map<Long, List<String>>> result = new EnumMap<>(Indicator.class);
        for (Indicator indicator : indicators) {
            Map<Long, List<String>> missed = new HashMap<>();
            for (OrgUnitRef org : bound) {
                if (!indicator.counts(DutyLevel.of(org.type()))) {
                    continue;
                }
                List<String> reasons = byOrg.getOrDefault(org.id(), List.of()).stream()
                        .filter(t -> t.missed() && indicator.evidence().matches(t.ruleCode()))
                        .map(IndicatorFigures::reason).distinct().toList();
                if (!reasons.isEmpty()) {
                    missed.put(org.id(), reasons);
                }
            }
            result.put(indicator, missed);
        }
        return result;
    }

    private static AssessmentResults.Row row(AssessmentView assessment, OrgUnitRef org, List<OrgUnitRef> within,
                                             Map<Indicator, Map<Long, List<String>>> misses) {
        List<AssessmentResults.Figure> figures = new ArrayList<>();
        for (Indicator indicator : assessment.indicators()) {
            List<OrgUnitRef> counted = within.stream().filter(o -> indicator.counts(DutyLevel.of(o.type()))).toList();
            List<AssessmentResults.Miss> missed = counted.stream()
                    .filter(o -> misses.get(indicator).containsKey(o.id()))
                    .map(o -> new AssessmentResults.Miss(o.id(), o.name(), misses.get(indicator).get(o.id()),
                            duties(o.id(), assessment.year()), indicator.evidence().records(o.id())))
                    .toList();
            figures.add(new AssessmentResults.Figure(indicator, counted.size() - missed.size(), counted.size(), missed));
        }
        return new AssessmentResults.Row(org.id(), org.name(), duties(org.id(), assessment.year()), figures);
    }

    /** The finding's message, and for a closed one how it closed. */
    private static String reason(FindingTrace t) {
        if (t.open()) {
            return t.message();
        }
        return t.message() + (t.lapsed() ? "（未补办，期满）" : "（已于" + t.resolvedOn() + "办结）");
    }

    /** The organization's 责任清单 page for the year. */
    static String duties(long orgId, int year) {
        return "/duties?orgId=" + orgId + "&year=" + year;
    }
}
