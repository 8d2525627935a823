package cn.dangjian.life;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.life.schedule.Period;
import cn.dangjian.life.schedule.Schedule;
import cn.dangjian.life.schedule.TypeSummary;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnitQuery;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The higher organization's question "which branches missed which meetings?", answered from each branch's plan
 * (the same rules, parameters, lifespans and committees the branch's own plan uses): per branch and meeting
 * type, the periods that have ended without enough meetings. A period still under way is never a gap.
 */
@Service
@Transactional(readOnly = true)
public class MeetingGaps {

    /** The meetings the overview answers for, in the order of its columns. */
    public static final List<MeetingType> TYPES = List.of(MeetingType.THEME_DAY, MeetingType.BRANCH_ASSEMBLY,
            MeetingType.COMMITTEE_MEETING, MeetingType.PARTY_LESSON);

    private final MeetingPlans plans;
    private final OrgUnits orgs;
    private final Clock clock;

    MeetingGaps(MeetingPlans plans, OrgUnits orgs, Clock clock) {
        this.plans = plans;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** How the rows are ordered: by the gaps of one meeting type, by all gaps together, or by name. */
    public enum Order { GAPS, NAME }

    /**
     * The branches of {@code orgId}'s subtree with their missed periods in {@code year}, most gaps first ({@code
     * sortType} null: all four types together), or by name; {@code gapsOnly} leaves out branches without any.
     */
    public List<BranchGaps> branches(AccessScope scope, long orgId, int year, MeetingType sortType, Order order,
                                     boolean gapsOnly) {
        scope.require(Permission.LIFE_VIEW);
        orgs.refInScope(scope, orgId);
        List<OrgUnitRef> branches = new ArrayList<>();
        for (int page = 1; ; page++) {
            PageResult<OrgUnitNode> found = orgs.search(scope, new OrgUnitQuery(null, null, orgId, false),
                    new PageRequest(page, PageRequest.MAX_SIZE));
            found.items().stream().filter(n -> n.type().isBranch())
                    .map(n -> new OrgUnitRef(n.id(), n.parentId(), n.path(), n.depth(), n.type(), n.name(), n.active()))
                    .forEach(branches::add);
            if (!found.hasNext()) {
                break;
            }
        }
        Map<Long, Schedule> schedules = plans.plansAsOf(branches, year, LocalDate.now(clock));
        List<BranchGaps> rows = new ArrayList<>();
        for (OrgUnitRef branch : branches) {
            Schedule schedule = schedules.get(branch.id());
            Map<MeetingType, TypeGap> gaps = new EnumMap<>(MeetingType.class);
            for (MeetingType type : TYPES) {
                gaps.put(type, schedule == null ? TypeGap.NONE
                        : schedule.summary(type).map(TypeGap::of).orElse(TypeGap.NONE));
            }
            BranchGaps row = new BranchGaps(branch.id(), branch.name(), gaps);
            if (!gapsOnly || row.total() > 0) {
                rows.add(row);
            }
        }
        Comparator<BranchGaps> byName = Comparator.comparing(BranchGaps::name);
        Comparator<BranchGaps> byGaps = Comparator.comparingInt(
                (BranchGaps r) -> sortType == null ? r.total() : r.gap(sortType).missed()).reversed();
        rows.sort(order == Order.NAME ? byName : byGaps.thenComparing(byName));
        return List.copyOf(rows);
    }

    /** One branch's gaps per meeting type. */
    public record BranchGaps(long orgId, String name, Map<MeetingType, TypeGap> gaps) {

        public TypeGap gap(MeetingType type) {
            return gaps.getOrDefault(type, TypeGap.NONE);
        }

        /** Missed periods of all types together. */
        public int total() {
            return gaps.values().stream().mapToInt(TypeGap::missed).sum();
        }
    }

    /**
     * One meeting type in one branch's year: meetings held, whether it is required at all, the periods that
     * ended without enough meetings ("2026年9月", "2026年第三季度") and whether the current period is still open.
     */
    public record TypeGap(boolean required, int held, List<String> missedPeriods, boolean dueNow) {

        static final TypeGap NONE = new TypeGap(false, 0, List.of(), false);

        static TypeGap of(TypeSummary summary) {
            return new TypeGap(summary.requiredItems() > 0, summary.held(),
                    summary.overduePeriods().stream().map(Period::label).toList(), summary.dueItems() > 0);
        }

        public int missed() {
            return missedPeriods.size();
        }

        /** The missed periods without the year, for a compact cell: "9月、10月". */
        public String shortPeriods() {
            return String.join("、", missedPeriods.stream().map(p -> p.replaceFirst("^\\d{4}年", "")).toList());
        }
    }
}
