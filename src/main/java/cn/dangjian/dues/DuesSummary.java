package cn.dangjian.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dangjian.dues.internal.DuesParameters;
import cn.dangjian.dues.internal.SummaryStore;
import cn.dangjian.dues.internal.SummaryStore.Sums;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Fen;
import org.springframework.stereotype.Component;

/**
 * Builds the 党费汇总 of {@link DuesOverview#summary} for an organization and the children the caller may see.
 * Amounts come from the maintained rollup: each child's subtree is its own rollup rows, the organization's own
 * members are its rows less those of all its children, and the total is what is shown. 欠交人数 counts members
 * with a month ended unpaid in the span; 未核定 counts member-holding organizations with no register line in the
 * span's year (their 核定 not run, DF-17); 应上缴 is 实交 times the share set for the child (DF-22) and 已上缴
 * what its organizations remitted for periods ending in the span.
 */
@Component
class DuesSummary {

    private final SummaryStore store;
    private final MemberQueries members;
    private final OrgUnits orgs;
    private final RuleParameters parameters;

    DuesSummary(SummaryStore store, MemberQueries members, OrgUnits orgs, RuleParameters parameters) {
        this.store = store;
        this.orgs = orgs;
        this.members = members;
        this.parameters = parameters;
    }

    /**
     * The rows for {@code org} (already checked to be in the caller's scope): one per child the caller may see — a
     * dissolved one too while it holds figures — and the organization's own. A child outside the scope is left out
     * of every figure, the total included.
     */
    List<SummaryRow> summary(AccessScope scope, OrgUnitRef org, YearMonth from, YearMonth until, LocalDate today) {
        List<OrgUnitRef> children = orgs.allChildren(org.id());
        List<Long> ids = new ArrayList<>();
        ids.add(org.id());
        children.forEach(c -> ids.add(c.id()));
        Map<Long, Sums> sums = store.sums(ids, from, until, today);
        Sums own = sums.getOrDefault(org.id(), Sums.none(org.id()));
        Map<Long, Integer> owing = new HashMap<>();
        store.owing(org.path(), from, until, today).forEach(o -> owing.merge(childUnder(org, children, o.orgPath()), o.members(), Integer::sum));
        Map<Long, Long> remitted = new HashMap<>();
        store.remitted(org.path(), from, until).forEach(r -> remitted.merge(childUnder(org, children, r.orgPath()), r.fen(), Long::sum));
        Map<Long, String> holders = members.holdersUnder(org.path());
        Set<Long> keeping = store.keepingRegister(holders.keySet(), until.getYear());
        Map<Long, Integer> unassessed = new HashMap<>();
        holders.forEach((id, path) -> {
            if (!keeping.contains(id)) {
                unassessed.merge(childUnder(org, children, path), 1, Integer::sum);
            }
        });
        Map<Long, SummaryRow> rows = new LinkedHashMap<>();
        for (OrgUnitRef child : children) {
            Sums s = sums.getOrDefault(child.id(), Sums.none(child.id()));
            own = own.minus(s);
            if (scope.coversOrg(child.id(), child.path())) {
                rows.put(child.id(), row(child.id(), child.active() ? child.name() : child.name() + "（已撤销）", s,
                        child.path(), until, owing, remitted, unassessed));
            }
        }
        SummaryRow self = row(org.id(), org.name() + "（本级）", own, org.path(), until, owing, remitted, unassessed);
        List<SummaryRow> shown = new ArrayList<>(rows.values().stream().filter(r -> !empty(r)).toList());
        if (!empty(self)) {
            shown.add(self);
        }
        shown.sort(Comparator.comparing(SummaryRow::owed).reversed().thenComparing(SummaryRow::orgName));
        shown.add(total(org.id(), shown));
        return shown;
    }

    YearMonth assessmentDeadline(OrgUnitRef org, int year) {
        int month = parameters.valuesFor(org.path(), LocalDate.of(year, 1, 1)).whole(DuesParameters.ASSESSMENT_DEADLINE_MONTH);
        return YearMonth.of(year, Math.max(1, Math.min(12, month)));
    }

    private SummaryRow row(long id, String name, Sums s, String path, YearMonth until,
                           Map<Long, Integer> owing, Map<Long, Long> remitted, Map<Long, Integer> unassessed) {
        int share = parameters.valuesFor(path, until.atEndOfMonth()).whole(DuesParameters.REMIT_SHARE);
        long paid = Math.max(0, s.paidFen());
        return new SummaryRow(id, name, false, Math.max(0, s.members()), Fen.of(Math.max(0, s.dueFen())), Fen.of(paid),
                Fen.of(Math.max(0, s.owedFen())), Fen.of(Math.max(0, s.backPaidFen())), owing.getOrDefault(id, 0),
                unassessed.getOrDefault(id, 0), Fen.of(paid * share / 100), Fen.of(remitted.getOrDefault(id, 0L)));
    }

    private static boolean empty(SummaryRow r) {
        return r.members() == 0 && r.due().value() == 0 && r.paid().value() == 0 && r.membersOwing() == 0
                && r.unassessed() == 0 && r.remitted().value() == 0;
    }

    private static SummaryRow total(long orgId, List<SummaryRow> rows) {
        long[] s = new long[9];
        for (SummaryRow r : rows) {
            s[0] += r.members();
            s[1] += r.due().value();
            s[2] += r.paid().value();
            s[3] += r.owed().value();
            s[4] += r.backPaid().value();
            s[5] += r.membersOwing();
            s[6] += r.unassessed();
            s[7] += r.remitDue().value();
            s[8] += r.remitted().value();
        }
        return new SummaryRow(orgId, "合计", true, (int) s[0], Fen.of(s[1]), Fen.of(s[2]), Fen.of(s[3]), Fen.of(s[4]),
                (int) s[5], (int) s[6], Fen.of(s[7]), Fen.of(s[8]));
    }

    /** The child on the way to {@code path}, or the organization itself for its own members' rows. */
    private static long childUnder(OrgUnitRef org, List<OrgUnitRef> children, String path) {
        for (OrgUnitRef c : children) {
            if (path.startsWith(c.path())) {
                return c.id();
            }
        }
        return org.id();
    }
}
