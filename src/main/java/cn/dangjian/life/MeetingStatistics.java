package cn.dangjian.life;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.life.internal.MeetingStore;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitFamily;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ForModules;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over many meetings, from the records: the higher organization's overview per branch and month, the
 * level-by-level rollup per quarter, leading cadres' 双重组织生活 (JG-09), and the batch reads the compliance
 * engine checks whole trees with.
 */
@Service
@Transactional(readOnly = true)
public class MeetingStatistics {

    private final MeetingStore store;
    private final OrgUnits orgs;

    MeetingStatistics(MeetingStore store, OrgUnits orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    /** The subtree's branches with their meetings by type and month, late entries and quorum failures. */
    public MeetingOverview overview(AccessScope scope, long orgId, int year) {
        scope.require(Permission.LIFE_VIEW);
        OrgUnitRef root = orgs.refInScope(scope, orgId);
        Map<Long, Map<MeetingType, int[]>> held = new HashMap<>();
        Map<Long, int[]> flags = new HashMap<>();
        for (MeetingStore.MonthCount c : store.monthCounts(root.path(), year)) {
            held.computeIfAbsent(c.orgId(), k -> new java.util.EnumMap<>(MeetingType.class))
                    .computeIfAbsent(c.type(), k -> new int[12])[c.month() - 1] += c.held();
            int[] f = flags.computeIfAbsent(c.orgId(), k -> new int[2]);
            f[0] += c.late();
            f[1] += c.quorumFailures();
        }
        List<MeetingOverview.BranchRow> rows = new ArrayList<>();
        int page = 1;
        while (true) {
            var branches = orgs.search(scope, new cn.dangjian.org.OrgUnitQuery(null, null, orgId, false),
                    new PageRequest(page, PageRequest.MAX_SIZE));
            for (OrgUnitNode b : branches.items()) {
                if (b.type().isBranch()) {
                    int[] f = flags.getOrDefault(b.id(), new int[2]);
                    rows.add(new MeetingOverview.BranchRow(b.id(), b.name(),
                            held.getOrDefault(b.id(), Map.of()), f[0], f[1]));
                }
            }
            if (!branches.hasNext()) {
                break;
            }
            page++;
        }
        return new MeetingOverview(root.id(), root.name(), year, rows);
    }

    /**
     * The subtree's meetings in a quarter ({@code quarter} 1–4) or the whole year ({@code quarter} 0): the total and
     * each direct sub-organization with its subtree rolled up — also those that held nothing. Two reads that need
     * no transaction of their own (a transaction's set-up and tear-down cost more than the reads).
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public MeetingRollup rollup(AccessScope scope, long orgId, int year, int quarter) {
        scope.require(Permission.LIFE_VIEW);
        if (quarter < 0 || quarter > 4) {
            throw new InvalidInputException("quarter", "季度", "应为1至4，或0表示全年");
        }
        OrgUnitFamily family = orgs.family(scope, orgId);
        OrgUnitRef root = family.org();
        List<OrgUnitRef> children = family.children().stream().filter(c -> c.type() != OrgType.PARTY_GROUP).toList();
        LocalDate from = quarter == 0 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, quarter * 3 - 2, 1);
        LocalDate to = quarter == 0 ? from.plusYears(1) : from.plusMonths(3);
        List<Long> ids = new ArrayList<>();
        ids.add(root.id());
        children.forEach(c -> ids.add(c.id()));
        Map<Long, Map<MeetingType, Integer>> held = new HashMap<>();
        Map<Long, int[]> flags = new HashMap<>();
        for (MeetingStore.SubtreeCount c : store.subtreeCounts(ids, from, to)) {
            held.computeIfAbsent(c.orgId(), k -> new java.util.EnumMap<>(MeetingType.class)).put(c.type(), c.held());
            int[] f = flags.computeIfAbsent(c.orgId(), k -> new int[2]);
            f[0] += c.late();
            f[1] += c.quorumFailures();
        }
        return new MeetingRollup(root.id(), root.name(), year, quarter, from, to.minusDays(1),
                row(root, held, flags), children.stream().map(c -> row(c, held, flags)).toList());
    }

    private static MeetingRollup.Row row(OrgUnitRef org, Map<Long, Map<MeetingType, Integer>> held,
                                         Map<Long, int[]> flags) {
        int[] f = flags.getOrDefault(org.id(), new int[2]);
        return new MeetingRollup.Row(org.id(), org.name(), org.type().label(), org.type().isBranch(),
                held.getOrDefault(org.id(), Map.of()), f[0], f[1]);
    }

    /** Leading cadres' 双重组织生活 in the subtree, per quarter (JG-09). */
    public List<CadreParticipation> cadres(AccessScope scope, long orgId, int year) {
        scope.require(Permission.LIFE_VIEW);
        OrgUnitRef root = orgs.refInScope(scope, orgId);
        Map<Long, CadreParticipation> byMember = new LinkedHashMap<>();
        List<MeetingStore.CadreQuarter> rows = store.cadreQuarters(root.path(), year);
        Map<Long, String> names = new HashMap<>();
        orgs.refs(rows.stream().map(MeetingStore.CadreQuarter::orgId).distinct().toList())
                .forEach(o -> names.put(o.id(), o.name()));
        for (MeetingStore.CadreQuarter r : rows) {
            CadreParticipation p = byMember.computeIfAbsent(r.memberId(), k -> new CadreParticipation(r.memberId(),
                    r.name(), r.orgId(), names.get(r.orgId()), new int[4], new int[4]));
            p.expected()[r.quarter() - 1] += r.expected();
            p.present()[r.quarter() - 1] += r.present();
        }
        return List.copyOf(byMember.values());
    }

    // --- batch reads for other modules (no scope: they apply their caller's scope themselves) -------
    // One statement each however many ids they are given, for checks over batches of organizations.

    /**
     * The meetings of these organizations held in {@code [from, to)} in which a vote failed its quorum (ZB-08,
     * ZB-09), oldest first. Not scoped, like {@link OrgUnits#refs}: for compliance, which scopes its own views.
     */
    @ForModules
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<QuorumFailure> quorumFailures(java.util.Collection<Long> orgIds, LocalDate from, LocalDate to) {
        return store.quorumFailures(orgIds, from, to);
    }

    /**
     * Each member's current run of unexcused absences as of the end of {@code asOf} (JY-12), over every branch's
     * attendance records; members without such a run are absent from the map. Not scoped: dates and counts only.
     */
    @ForModules
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, AttendanceRun> attendanceRuns(java.util.Collection<Long> memberIds, LocalDate asOf) {
        Map<Long, AttendanceRun> runs = new HashMap<>();
        store.attendanceRuns(memberIds, asOf).forEach(r -> runs.put(r.memberId(), r));
        return runs;
    }

    /**
     * These members' attendance per organization and quarter at meetings held in {@code [from, to)} (双重组织生活,
     * JG-09); quarters in which a member was expected nowhere are absent. Not scoped: counts only.
     */
    @ForModules
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<QuarterAttendance> quarterAttendance(java.util.Collection<Long> memberIds, LocalDate from,
                                                     LocalDate to) {
        return store.quarterAttendance(memberIds, from, to);
    }
}
