package cn.dangjian.dues.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.dues.DuesFacts;
import cn.dangjian.dues.DuesFacts.EndedReduction;
import cn.dangjian.dues.DuesFacts.LargePayment;
import cn.dangjian.dues.DuesFacts.MemberArrears;
import cn.dangjian.dues.DuesFacts.RemittancePeriod;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.member.RollMember;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.ParameterValues;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.shared.Fen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds {@link DuesFacts} for a batch of organizations in a fixed number of statements: the rolls, the unpaid
 * months of the last two years, this year's assessments, remittances, large voluntary payments and ended
 * reductions. Only organizations holding members get facts.
 */
@Component
public class FactsReader {

    /** How far back unpaid months are read: longer than any rule looks (DF-13 needs 6). */
    static final int LOOK_BACK_MONTHS = 24;

    private final RegisterStore register;
    private final AssessmentStore assessments;
    private final MemberQueries members;
    private final OrgUnits orgs;
    private final RuleParameters parameters;
    private final JdbcClient jdbc;

    FactsReader(RegisterStore register, AssessmentStore assessments, MemberQueries members, OrgUnits orgs,
                RuleParameters parameters, JdbcClient jdbc) {
        this.register = register;
        this.assessments = assessments;
        this.members = members;
        this.orgs = orgs;
        this.parameters = parameters;
        this.jdbc = jdbc;
    }

    public Map<Long, DuesFacts> read(List<Long> orgIds, LocalDate today) {
        Map<Long, DuesFacts> facts = new HashMap<>();
        List<OrgUnitRef> holders = orgs.refs(orgIds).stream().filter(o -> o.type().holdsMembers() && o.active()).toList();
        if (holders.isEmpty()) {
            return facts;
        }
        List<Long> ids = holders.stream().map(OrgUnitRef::id).toList();
        Map<Long, List<RollMember>> rolls = members.rolls(ids);
        Map<Long, String> names = new HashMap<>();
        rolls.values().forEach(l -> l.forEach(m -> names.put(m.id(), m.name())));
        YearMonth current = YearMonth.from(today);
        Map<Long, List<RegisterStore.Line>> unpaid = new HashMap<>();
        register.unpaid(ids, current.minusMonths(LOOK_BACK_MONTHS), today)
                .forEach(l -> unpaid.computeIfAbsent(l.orgId(), k -> new ArrayList<>()).add(l));
        List<Long> rollIds = new ArrayList<>(names.keySet());
        java.util.Set<Long> assessed = new java.util.HashSet<>(assessments.assessedAmong(rollIds, today.getYear()));
        Map<Long, List<Remitted>> remitted = remitted(ids, today.getYear() - 1);
        Map<Long, YearMonth> since = register.firstMonths(ids);
        RuleParameters.ParameterResolver resolver = parameters.resolver(today);
        Map<Long, List<LargePayment>> large = new HashMap<>();
        Map<Long, List<EndedReduction>> ended = new HashMap<>();
        for (OrgUnitRef org : holders) {
            ParameterValues values = resolver.valuesFor(org.path());
            List<RollMember> roll = rolls.getOrDefault(org.id(), List.of());
            facts.put(org.id(), new DuesFacts(today, arrears(unpaid.getOrDefault(org.id(), List.of()), names, current),
                    roll.size(), (int) roll.stream().filter(m -> assessed.contains(m.id())).count(),
                    values.whole(DuesParameters.ASSESSMENT_DEADLINE_MONTH),
                    periods(values, remitted.getOrDefault(org.id(), List.of()), since.get(org.id()), today),
                    large.getOrDefault(org.id(), List.of()), ended.getOrDefault(org.id(), List.of())));
        }
        largePayments(ids, today, resolver).forEach((org, list) -> facts.computeIfPresent(org, (k, f) -> withLarge(f, list)));
        endedReductions(ids, today, names).forEach((org, list) -> facts.computeIfPresent(org, (k, f) -> withEnded(f, list)));
        return facts;
    }

    /** Each member's unpaid ended months, and the run of them that ends with last month. */
    static List<MemberArrears> arrears(List<RegisterStore.Line> lines, Map<Long, String> names, YearMonth current) {
        Map<Long, List<RegisterStore.Line>> byMember = new java.util.LinkedHashMap<>();
        lines.forEach(l -> byMember.computeIfAbsent(l.memberId(), k -> new ArrayList<>()).add(l));
        List<MemberArrears> result = new ArrayList<>();
        byMember.forEach((member, list) -> {
            if (!names.containsKey(member)) {
                return; // no longer on this roll: transfers and status changes settle their dues elsewhere
            }
            java.util.Set<YearMonth> months = new java.util.HashSet<>();
            long owed = 0;
            for (RegisterStore.Line l : list) {
                months.add(l.month());
                owed += l.dueFen() - l.paidFen();
            }
            int run = 0;
            for (YearMonth m = current.minusMonths(1); months.contains(m); m = m.minusMonths(1)) {
                run++;
            }
            result.add(new MemberArrears(member, names.get(member), list.stream().map(RegisterStore.Line::month).toList(),
                    run, Fen.of(owed)));
        });
        return result;
    }

    /**
     * The remittance periods that have ended, from the previous year's (so that its last period, due in January, is
     * judged too) — none before the organization's first month in the register, so a branch that began keeping its
     * dues here mid-year is not asked for what it handed up before.
     */
    static List<RemittancePeriod> periods(ParameterValues values, List<Remitted> remitted, YearMonth since, LocalDate today) {
        List<RemittancePeriod> periods = new ArrayList<>();
        if (since == null) {
            return periods;
        }
        int cadence = Integer.parseInt(values.get(DuesParameters.REMIT_CADENCE));
        int days = values.whole(DuesParameters.REMIT_DEADLINE_DAYS);
        YearMonth current = YearMonth.from(today);
        for (YearMonth from = YearMonth.of(today.getYear() - 1, 1); ; from = from.plusMonths(cadence)) {
            YearMonth until = from.plusMonths(cadence - 1);
            if (!until.isBefore(current)) {
                break;
            }
            if (until.isBefore(since)) {
                continue;
            }
            YearMonth f = from;
            LocalDate on = remitted.stream().filter(r -> !r.from().isAfter(f) && !r.until().isBefore(until))
                    .map(Remitted::on).min(LocalDate::compareTo).orElse(null);
            periods.add(new RemittancePeriod(from, until, until.atEndOfMonth().plusDays(days), on));
        }
        return periods;
    }

    private Map<Long, List<Remitted>> remitted(List<Long> orgIds, int year) {
        Map<Long, List<Remitted>> result = new HashMap<>();
        jdbc.sql("""
                        SELECT org_id, period_from, period_until, remitted_on FROM dues_remittance r
                        WHERE org_id = ANY(:orgs) AND period_until >= make_date(:y, 1, 1)
                          AND NOT EXISTS (SELECT 1 FROM dues_remittance c WHERE c.corrects_id = r.id)""")
                .param("orgs", orgIds.toArray(new Long[0])).param("y", year)
                .query((rs, n) -> result.computeIfAbsent(rs.getLong("org_id"), k -> new ArrayList<>()).add(new Remitted(
                        YearMonth.from(rs.getObject("period_from", LocalDate.class)),
                        YearMonth.from(rs.getObject("period_until", LocalDate.class)),
                        rs.getObject("remitted_on", LocalDate.class)))).list();
        return result;
    }

    private Map<Long, List<LargePayment>> largePayments(List<Long> orgIds, LocalDate today,
                                                        RuleParameters.ParameterResolver resolver) {
        Map<Long, List<LargePayment>> result = new HashMap<>();
        Map<Long, Integer> days = new HashMap<>();
        jdbc.sql("""
                        SELECT v.id, v.member_id, v.org_id, v.org_path, v.amount_fen, v.paid_on, v.forwarded_on
                        FROM dues_voluntary v WHERE v.org_id = ANY(:orgs) AND v.amount_fen >= 100000
                          AND (v.forwarded_on IS NULL OR v.forwarded_on >= :since)""")
                .param("orgs", orgIds.toArray(new Long[0])).param("since", today.minusYears(1))
                .query((rs, n) -> {
                    long org = rs.getLong("org_id");
                    int d = days.computeIfAbsent(org, k -> {
                        try {
                            return resolver.valuesFor(rs.getString("org_path")).whole(DuesParameters.FORWARD_DAYS);
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    LocalDate paid = rs.getObject("paid_on", LocalDate.class);
                    return result.computeIfAbsent(org, k -> new ArrayList<>()).add(new LargePayment(rs.getLong("id"),
                            rs.getLong("member_id"), "", Fen.of(rs.getLong("amount_fen")), paid, paid.plusDays(d),
                            rs.getObject("forwarded_on", LocalDate.class)));
                }).list();
        Map<Long, String> names = new HashMap<>();
        members.placements(result.values().stream().flatMap(List::stream).map(LargePayment::memberId).toList())
                .forEach((id, p) -> names.put(id, p.name()));
        result.replaceAll((org, list) -> list.stream().map(p -> new LargePayment(p.id(), p.memberId(),
                names.getOrDefault(p.memberId(), ""), p.amount(), p.paidOn(), p.forwardBy(), p.forwardedOn())).toList());
        return result;
    }

    private Map<Long, List<EndedReduction>> endedReductions(List<Long> orgIds, LocalDate today, Map<Long, String> names) {
        Map<Long, List<EndedReduction>> result = new HashMap<>();
        jdbc.sql("""
                        SELECT r.id, r.member_id, r.org_id, r.exempt, r.until_month FROM dues_reduction r
                        WHERE r.org_id = ANY(:orgs) AND r.status = 'APPROVED' AND r.until_month < :current
                          AND r.until_month >= :since
                          AND NOT EXISTS (SELECT 1 FROM dues_reduction n WHERE n.member_id = r.member_id
                                          AND n.id > r.id AND n.status IN ('APPLIED', 'BRANCH_AGREED', 'APPROVED'))""")
                .param("orgs", orgIds.toArray(new Long[0])).param("current", YearMonth.from(today).atDay(1))
                .param("since", YearMonth.from(today).minusMonths(DuesFacts.ENDED_REDUCTION_MONTHS).atDay(1))
                .query((rs, n) -> {
                    long member = rs.getLong("member_id");
                    if (!names.containsKey(member)) {
                        return 0;
                    }
                    result.computeIfAbsent(rs.getLong("org_id"), k -> new ArrayList<>()).add(new EndedReduction(
                            rs.getLong("id"), member, names.get(member), rs.getBoolean("exempt"),
                            YearMonth.from(rs.getObject("until_month", LocalDate.class))));
                    return 1;
                }).list();
        return result;
    }

    private static DuesFacts withLarge(DuesFacts f, List<LargePayment> list) {
        return new DuesFacts(f.today(), f.arrears(), f.onRoll(), f.assessed(), f.assessmentDeadlineMonth(),
                f.remittances(), list, f.endedReductions());
    }

    private static DuesFacts withEnded(DuesFacts f, List<EndedReduction> list) {
        return new DuesFacts(f.today(), f.arrears(), f.onRoll(), f.assessed(), f.assessmentDeadlineMonth(),
                f.remittances(), f.largePayments(), list);
    }

    record Remitted(YearMonth from, YearMonth until, LocalDate on) {
    }
}
