package cn.dangjian.life.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.life.MeetingGaps;
import cn.dangjian.life.MeetingOverview;
import cn.dangjian.life.MeetingRollup;
import cn.dangjian.life.MeetingStatistics;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.schedule.Frequency;
import cn.dangjian.life.schedule.ScheduleParameters;
import cn.dangjian.org.OrgUnitQuery;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The higher organization's 组织生活开展情况: the quarter's counts per direct sub-organization, and for a subtree
 * small enough to list its branches, which branch missed which meeting (worst first, or only those with gaps),
 * the month-by-month grid of one meeting type and leading cadres' 双重组织生活.
 */
@Controller
class MeetingOverviewController {

    /** Above this many organizations in the subtree, the per-branch tables give way to drilling down. */
    static final int DETAILED_OVERVIEW_LIMIT = 400;

    private final MeetingStatistics statistics;
    private final MeetingGaps gaps;
    private final OrgUnits orgs;
    private final Clock clock;

    MeetingOverviewController(MeetingStatistics statistics, MeetingGaps gaps, OrgUnits orgs, Clock clock) {
        this.statistics = statistics;
        this.gaps = gaps;
        this.orgs = orgs;
        this.clock = clock;
    }

    @GetMapping("/meetings/overview")
    String overview(AccessScope scope, @RequestParam(required = false) Long orgId,
                    @RequestParam(required = false) Integer year,
                    @RequestParam(required = false) Integer quarter,
                    @RequestParam(required = false) MeetingType type,
                    @RequestParam(required = false) MeetingType sortType,
                    @RequestParam(defaultValue = "GAPS") MeetingGaps.Order order,
                    @RequestParam(defaultValue = "false") boolean gapsOnly, Model model) {
        long root = orgId != null ? orgId : orgs.roots(scope).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("您的管理范围内没有党组织")).id();
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        int q = quarter != null ? quarter : y == today.getYear() ? (today.getMonthValue() + 2) / 3 : 0;
        MeetingType shown = type == null ? (sortType == null ? MeetingType.THEME_DAY : sortType) : type;
        MeetingRollup rollup = statistics.rollup(scope, root, y, q);
        long subtree = orgs.search(scope, new OrgUnitQuery(null, null, root, false), new PageRequest(1, 1)).total();
        boolean detailed = subtree <= DETAILED_OVERVIEW_LIMIT;
        model.addAttribute("rollup", rollup);
        model.addAttribute("subtreeSize", subtree);
        model.addAttribute("detailed", detailed);
        if (detailed) {
            List<MeetingGaps.BranchGaps> rows = gaps.branches(scope, root, y, sortType, order, gapsOnly);
            model.addAttribute("gaps", rows);
            model.addAttribute("overview", inOrderOf(rows, statistics.overview(scope, root, y)));
            model.addAttribute("cadres", statistics.cadres(scope, root, y));
        }
        model.addAttribute("type", shown);
        // A month without a meeting is a gap only for a meeting due every month (the catalogue's frequency).
        model.addAttribute("monthly", ScheduleParameters.defaults().rule(shown)
                .map(r -> r.frequency() == Frequency.MONTHLY).orElse(false));
        model.addAttribute("sortType", sortType);
        model.addAttribute("order", order);
        model.addAttribute("gapsOnly", gapsOnly);
        model.addAttribute("gapTypes", MeetingGaps.TYPES);
        model.addAttribute("types", MeetingType.values());
        // Only months that have ended can have been missed: the current month is still under way.
        model.addAttribute("lastMonth", y < today.getYear() ? 12 : y > today.getYear() ? 0 : today.getMonthValue() - 1);
        return "life/overview";
    }

    /** The month grid lists the same branches as the gaps table, in the same order. */
    private static MeetingOverview inOrderOf(List<MeetingGaps.BranchGaps> rows, MeetingOverview overview) {
        Map<Long, MeetingOverview.BranchRow> byId = new HashMap<>();
        overview.branches().forEach(b -> byId.put(b.orgId(), b));
        List<MeetingOverview.BranchRow> ordered = rows.stream().map(r -> byId.get(r.orgId()))
                .filter(java.util.Objects::nonNull).toList();
        return new MeetingOverview(overview.orgId(), overview.orgName(), overview.year(), ordered);
    }
}
