package cn.dangjian.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.dues.internal.AssessmentStore;
import cn.dangjian.dues.internal.MemberAccess;
import cn.dangjian.dues.internal.RegisterStore;
import cn.dangjian.member.MemberPlacement;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Fen;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads over the register: a member's year (their own for a member), the arrears of an organization's subtree,
 * and the 应交/实交/欠交/补交 summary rolled up to the organizations directly below the one asked about, read from
 * the maintained rollup whatever the size of the subtree.
 */
@Service
@Transactional(readOnly = true)
public class DuesOverview {

    private final RegisterStore register;
    private final AssessmentStore assessments;
    private final MemberAccess access;
    private final OrgUnits orgs;
    private final DuesSummary summaries;
    private final Clock clock;

    DuesOverview(RegisterStore register, AssessmentStore assessments, MemberAccess access, OrgUnits orgs,
                 DuesSummary summaries, Clock clock) {
        this.summaries = summaries;
        this.register = register;
        this.assessments = assessments;
        this.access = access;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** A member's dues for {@code year}. */
    public MemberDues memberYear(AccessScope scope, long memberId, int year) {
        scope.require(Permission.DUES_VIEW);
        MemberPlacement p = access.readable(scope, memberId);
        LocalDate today = LocalDate.now(clock);
        Map<YearMonth, RegisterStore.Line> lines = new HashMap<>();
        register.lines(memberId, YearMonth.of(year, 1), YearMonth.of(year, 12)).forEach(l -> lines.put(l.month(), l));
        List<MemberDues.Month> months = new ArrayList<>();
        List<YearMonth> arrears = new ArrayList<>();
        long owed = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            RegisterStore.Line l = lines.get(month);
            months.add(l == null ? new MemberDues.Month(month, null, Fen.ZERO, null, false)
                    : new MemberDues.Month(month, Fen.of(l.dueFen()), Fen.of(l.paidFen()), l.paidOn(), l.reductionId() != null));
            if (l != null && l.owing() && month.isBefore(YearMonth.from(today))) {
                arrears.add(month);
                owed += l.dueFen() - l.paidFen();
            }
        }
        YearMonth shown = year == today.getYear() ? YearMonth.from(today) : YearMonth.of(year, 12);
        AssessmentView current = assessments.inForce(List.of(memberId), shown).stream().findFirst()
                .map(s -> DuesAssessments.view(s, p.name())).orElse(null);
        return new MemberDues(memberId, p.name(), year, current, months, register.paidUpTo(List.of(memberId)).get(memberId),
                arrears, Fen.of(owed));
    }

    /** Members of the subtree with months ended unpaid (within the last two years), longest run first. */
    public List<ArrearsRow> arrears(AccessScope scope, long orgId) {
        scope.require(Permission.DUES_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        LocalDate today = LocalDate.now(clock);
        List<OrgUnitRef> holders = holdersUnder(org, scope);
        Map<Long, OrgUnitRef> byId = new HashMap<>();
        holders.forEach(o -> byId.put(o.id(), o));
        Map<Long, List<RegisterStore.Line>> byMember = new LinkedHashMap<>();
        register.unpaid(byId.keySet(), YearMonth.from(today).minusMonths(24), today)
                .forEach(l -> byMember.computeIfAbsent(l.memberId(), k -> new ArrayList<>()).add(l));
        Map<Long, MemberPlacement> placed = new HashMap<>();
        access.placements(byMember.keySet()).forEach(m -> placed.put(m.memberId(), m));
        List<ArrearsRow> rows = new ArrayList<>();
        YearMonth last = YearMonth.from(today).minusMonths(1);
        byMember.forEach((id, list) -> {
            MemberPlacement m = placed.get(id);
            if (m == null || !MemberAccess.owesDues(m)) {
                return;
            }
            java.util.Set<YearMonth> set = new java.util.HashSet<>();
            long owed = 0;
            for (RegisterStore.Line l : list) {
                set.add(l.month());
                owed += l.dueFen() - l.paidFen();
            }
            int run = 0;
            for (YearMonth x = last; set.contains(x); x = x.minusMonths(1)) {
                run++;
            }
            OrgUnitRef o = byId.get(list.get(0).orgId());
            rows.add(new ArrearsRow(id, m.name(), o.id(), o.name(), list.stream().map(RegisterStore.Line::month).toList(),
                    run, Fen.of(owed)));
        });
        rows.sort(java.util.Comparator.comparingInt(ArrearsRow::consecutive).reversed()
                .thenComparing(r -> r.months().size(), java.util.Comparator.reverseOrder()));
        return rows;
    }

    /**
     * 应交, 实交, 欠交, 补交, 欠交人数, branches without a 核定 and 上缴 between two months for each organization
     * directly below {@code orgId} (its whole subtree; the organization's own members as a line of their own) and the
     * total — see {@link DuesSummary}.
     */
    public List<SummaryRow> summary(AccessScope scope, long orgId, YearMonth from, YearMonth until) {
        scope.require(Permission.DUES_VIEW);
        return summaries.summary(scope, orgs.refInScope(scope, orgId), from, until, LocalDate.now(clock));
    }

    /** The last month of {@code year} in which the organization's 年初核定 is due (DF-17, a parameter). */
    public YearMonth assessmentDeadline(AccessScope scope, long orgId, int year) {
        scope.require(Permission.DUES_VIEW);
        return summaries.assessmentDeadline(orgs.refInScope(scope, orgId), year);
    }

    private List<OrgUnitRef> holdersUnder(OrgUnitRef org, AccessScope scope) {
        return orgs.refs(register.orgsUnder(org.path())).stream().filter(o -> scope.coversOrg(o.id(), o.path())).toList();
    }
}
