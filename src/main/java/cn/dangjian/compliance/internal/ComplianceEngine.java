package cn.dangjian.compliance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.ComplianceRule;
import cn.dangjian.compliance.EvaluationResult;
import cn.dangjian.compliance.FactProvider;
import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.parameters.ParameterValues;
import cn.dangjian.parameters.RuleParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates every rule for a batch of organizations: the providers gather the batch's facts (a few queries per
 * provider, not per organization), each applicable rule reads them with the parameter values in force for the
 * organization, and the findings are reconciled with those already open. A dissolved organization gets no
 * findings, so its open ones close.
 */
@Component
public class ComplianceEngine {

    private static final Logger log = LoggerFactory.getLogger(ComplianceEngine.class);

    private final List<ComplianceRule> rules;
    private final List<FactProvider<?>> providers;
    private final RuleParameters parameters;
    private final FindingStore store;
    private final BackgroundBudget budget;
    private final TransactionTemplate transactions;

    ComplianceEngine(List<ComplianceRule> rules, List<FactProvider<?>> providers, RuleParameters parameters,
                     FindingStore store, BackgroundBudget budget, PlatformTransactionManager transactions) {
        this.rules = List.copyOf(rules);
        this.providers = List.copyOf(providers);
        this.parameters = parameters;
        this.store = store;
        this.budget = budget;
        this.transactions = new TransactionTemplate(transactions);
        Map<String, ComplianceRule> codes = new HashMap<>();
        for (ComplianceRule rule : rules) {
            if (codes.put(rule.code(), rule) != null) {
                throw new IllegalStateException("two rules with the code " + rule.code());
            }
        }
    }

    public List<ComplianceRule> rules() {
        return rules;
    }

    /**
     * Evaluates one batch in one transaction, within the background budget (its permit is taken before the
     * transaction's connection); the caller keeps batches to a few hundred organizations.
     */
    public EvaluationResult evaluate(List<OrgUnitRef> orgs, LocalDate today) {
        return budget.run(() -> transactions.execute(status -> evaluateNow(orgs, today)));
    }

    private EvaluationResult evaluateNow(List<OrgUnitRef> orgs, LocalDate today) {
        long start = System.nanoTime();
        store.lockEvaluation();
        List<OrgUnitRef> active = orgs.stream().filter(OrgUnitRef::active).toList();
        Map<Class<?>, Map<Long, ?>> gathered = new LinkedHashMap<>();
        if (!active.isEmpty()) {
            for (FactProvider<?> provider : providers) {
                gathered.put(provider.type(), provider.gather(active, today));
            }
        }
        RuleParameters.ParameterResolver resolver = parameters.resolver(today);
        List<FindingStore.Evaluated> found = new ArrayList<>();
        for (OrgUnitRef org : active) {
            Map<Class<?>, Object> facts = new HashMap<>();
            gathered.forEach((type, byOrg) -> {
                Object value = byOrg.get(org.id());
                if (value != null) {
                    facts.put(type, value);
                }
            });
            OrgFacts orgFacts = new OrgFacts(org, facts);
            ParameterValues values = resolver.valuesFor(org.path());
            RuleContext context = new RuleContext(today, values);
            for (ComplianceRule rule : rules) {
                try {
                    if (!rule.appliesTo(orgFacts)) {
                        continue;
                    }
                    List<FindingDraft> drafts = rule.evaluate(orgFacts, context);
                    if (drafts.isEmpty()) {
                        continue;
                    }
                    Map<String, String> used = new LinkedHashMap<>();
                    for (String key : rule.reads()) {
                        used.put(key, values.get(key));
                    }
                    drafts.forEach(d -> found.add(new FindingStore.Evaluated(org.id(), org.path(), rule, d, used)));
                } catch (RuntimeException e) {
                    // name the rule and the organization, then fail the batch: a half-evaluated batch would close
                    // findings that the broken rule still has
                    log.error("rule {} failed for organization {}", rule.code(), org.id(), e);
                    throw e;
                }
            }
        }
        Map<String, ComplianceRule> byCode = new HashMap<>();
        rules.forEach(r -> byCode.put(r.code(), r));
        FindingStore.Changes changes = store.reconcile(orgs.stream().map(OrgUnitRef::id).toList(), found, today,
                (code, subject) -> byCode.containsKey(code) && byCode.get(code).lapsed(subject, today));
        return new EvaluationResult(orgs.size(), changes.opened(), changes.changed(), changes.resolved(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
