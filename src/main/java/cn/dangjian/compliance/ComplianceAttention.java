package cn.dangjian.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.internal.AttentionStore;
import cn.dangjian.compliance.internal.ComplianceEngine;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a 机关党委 or the 工委 looks at first: the sub-organizations whose findings are late, worst first, each with
 * why in a few words, and the answers to the questions asked most (「近三个月未开主题党日的支部」). Counted in SQL
 * over the findings of the subtree, whatever its size. No people are ranked or scored: only organizations, by their
 * late duties.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceAttention {

    /** The catalogue id of the monthly 主题党日 (JY-02). */
    public static final String THEME_DAY = "JY-02";

    private final AttentionStore store;
    private final ComplianceEngine engine;
    private final OrgUnits orgs;
    private final Clock clock;

    ComplianceAttention(AttentionStore store, ComplianceEngine engine, OrgUnits orgs, Clock clock) {
        this.store = store;
        this.engine = engine;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** The list and how long it is in all. */
    public record Attention(long total, List<OrgAttention> worst) {

        public Attention {
            worst = List.copyOf(worst);
        }
    }

    /**
     * The organizations below {@code orgId} (in the caller's scope) with late findings, the {@code limit} with the most
     * first, and how many there are in all.
     */
    public Attention needingAttention(AccessScope scope, long orgId, int limit) {
        scope.require(Permission.FINDING_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        List<AttentionStore.LateByRule> rows = store.worst(scope, org.path(), org.id(), limit);
        Map<Long, String> names = names(rows.stream().map(AttentionStore.LateByRule::orgId).toList());
        Map<String, ComplianceRule> rules = new HashMap<>();
        engine.rules().forEach(r -> rules.put(r.code(), r));
        List<OrgAttention> worst = rows.stream().map(r -> new OrgAttention(r.orgId(), names.get(r.orgId()), r.late(),
                r.open(), reasons(r.perRule(), rules))).toList();
        return new Attention(store.countLate(scope, org.path(), org.id()), worst);
    }

    /**
     * The organizations below {@code orgId} (itself included) that held no meeting due under the schedule rule
     * {@code ruleId} in any of the last {@code months} complete months — 「近三个月未开主题党日的支部」 — as counted by
     * its open findings: how many, and the first {@code limit}.
     */
    public OrgCount missedEveryMonth(AccessScope scope, long orgId, String ruleId, int months, int limit) {
        scope.require(Permission.FINDING_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        LocalDate thisMonth = LocalDate.now(clock).withDayOfMonth(1);
        List<String> periods = new ArrayList<>();
        for (int i = months; i >= 1; i--) {
            periods.add(thisMonth.minusMonths(i).toString());
        }
        AttentionStore.Missing missing = store.missingEvery(scope, org.path(), ruleId, periods, limit);
        Map<Long, String> names = names(missing.first());
        return new OrgCount(missing.total(), missing.first().stream()
                .map(id -> new OrgCount.Named(id, names.get(id))).toList());
    }

    /** One reason per rule, most late findings first; the 发展党员 time limits counted together. */
    private static List<String> reasons(Map<String, Integer> perRule, Map<String, ComplianceRule> rules) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, ComplianceRule> byKey = new HashMap<>();
        perRule.forEach((code, n) -> {
            ComplianceRule rule = rules.get(code);
            if (rule != null) {
                String key = rule.category() == RuleCategory.RECRUITMENT ? "recruitment" : code;
                counts.merge(key, n, Integer::sum);
                byKey.putIfAbsent(key, rule);
            }
        });
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(3).map(e -> byKey.get(e.getKey()).attentionReason(e.getValue())).toList();
    }

    private Map<Long, String> names(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        orgs.refs(ids).forEach(o -> names.put(o.id(), o.name()));
        return names;
    }
}
