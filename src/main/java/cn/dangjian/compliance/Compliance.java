package cn.dangjian.compliance;

import static cn.dangjian.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.dangjian.compliance.internal.ComplianceEngine;
import cn.dangjian.compliance.internal.FindingStore;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitFamily;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnitQuery;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.ParameterDefinition;
import cn.dangjian.parameters.ParameterValues;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.ForModules;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.SortOrder;
import cn.dangjian.shared.ReferenceData;
import cn.dangjian.shared.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance facade: re-evaluating organizations (after changes, per subtree, or everything — system
 * operations without a caller's scope), and the scoped views: an organization's to-do list, the findings of a
 * subtree, the 工委's matrix and trend, the rule catalogue, and an organization's written explanation of a finding.
 */
@Service
public class Compliance {

    /** Organizations evaluated together: their facts are gathered in one go and written in one transaction. */
    static final int BATCH = 500;
    static final String NOT_FOUND = "未找到该待办事项，或不在您的管理范围内";

    private final ComplianceEngine engine;
    private final FindingStore store;
    private final OrgUnits orgs;
    private final RuleParameters parameters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Compliance(ComplianceEngine engine, FindingStore store, OrgUnits orgs, RuleParameters parameters,
               ApplicationEventPublisher events, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.orgs = orgs;
        this.parameters = parameters;
        this.events = events;
        this.clock = clock;
    }

    // --- evaluation (system) ------------------------------------------------------------------------

    /** These organizations and all their ancestors (whose rules count their subtree), today. */
    @ForModules
    public EvaluationResult reevaluateWithAncestors(Collection<Long> orgIds) {
        java.util.Set<Long> all = new java.util.TreeSet<>();
        orgs.refs(orgIds).forEach(org -> all.addAll(ancestry(org.path())));
        return reevaluateOrgs(all);
    }

    /** These organizations, today. */
    @ForModules
    public EvaluationResult reevaluateOrgs(Collection<Long> orgIds) {
        return evaluate(orgs.refs(orgIds), LocalDate.now(clock));
    }

    /** Every organization of the subtree (dissolved ones included, so that their findings close), today. */
    @ForModules
    public EvaluationResult reevaluateSubtree(long orgId) {
        return evaluateSubtree(orgId, LocalDate.now(clock));
    }

    /** Every organization of the subtree as on {@code today} — for the daily pass and for time-travel tests. */
    @ForModules
    public EvaluationResult evaluateSubtree(long orgId, LocalDate today) {
        EvaluationResult result = EvaluationResult.none();
        int page = 1;
        PageResult<OrgUnitNode> nodes;
        do {
            nodes = orgs.subtree(orgId, new PageRequest(page++, PageRequest.MAX_SIZE));
            List<OrgUnitRef> batch = nodes.items().stream().map(n -> new OrgUnitRef(n.id(), n.parentId(), n.path(),
                    n.depth(), n.type(), n.name(), n.active())).toList();
            result = result.plus(evaluate(batch, today));
        } while (nodes.hasNext());
        return result;
    }

    /** Every organization of every tree, today. */
    @ForModules
    public EvaluationResult reevaluateAll() {
        LocalDate today = LocalDate.now(clock);
        EvaluationResult result = EvaluationResult.none();
        for (OrgUnitNode root : orgs.topLevel()) {
            result = result.plus(evaluateSubtree(root.id(), today));
        }
        return result;
    }

    private EvaluationResult evaluate(List<OrgUnitRef> refs, LocalDate today) {
        EvaluationResult result = EvaluationResult.none();
        for (int i = 0; i < refs.size(); i += BATCH) {
            result = result.plus(engine.evaluate(refs.subList(i, Math.min(refs.size(), i + BATCH)), today));
        }
        return result;
    }

    // --- views (scoped) -----------------------------------------------------------------------------

    /** The organization's own open findings, most pressing first: its to-do list. */
    @Transactional(readOnly = true)
    public List<FindingView> workbench(AccessScope scope, long orgId) {
        scope.require(Permission.FINDING_VIEW);
        orgs.refInScope(scope, orgId);
        return findings(scope, new FindingQuery(orgId, true, null, null, null, false),
                new PageRequest(1, PageRequest.MAX_SIZE)).items();
    }

    /** Findings of a subtree in the caller's scope, filtered, most pressing first. */
    @Transactional(readOnly = true)
    public PageResult<FindingView> findings(AccessScope scope, FindingQuery query, PageRequest page) {
        return findings(scope, query, page, null);
    }

    /** One page of the findings in the order asked for (null: most pressing first); unknown columns are refused. */
    @Transactional(readOnly = true)
    public PageResult<FindingView> findings(AccessScope scope, FindingQuery query, PageRequest page, SortOrder sort) {
        scope.require(Permission.FINDING_VIEW);
        String within = query.orgId() == null ? null : orgs.refInScope(scope, query.orgId()).path();
        PageResult<FindingStore.Row> rows = store.list(scope, query, within, page, sort);
        Map<Long, String> names = new java.util.HashMap<>();
        orgs.refs(rows.items().stream().map(FindingStore.Row::orgId).distinct().toList())
                .forEach(o -> names.put(o.id(), o.name()));
        Map<String, ComplianceRule> rules = new java.util.HashMap<>();
        engine.rules().forEach(r -> rules.put(r.code(), r));
        return rows.map(r -> view(r, names.get(r.orgId()), rules.get(r.ruleCode())));
    }

    /** The subtree and each direct sub-organization × category, open findings per severity. */
    @Transactional(readOnly = true)
    public ComplianceMatrix matrix(AccessScope scope, long orgId) {
        scope.require(Permission.FINDING_VIEW);
        OrgUnitFamily family = orgs.family(scope, orgId);
        List<OrgUnitRef> children = family.children().stream().filter(c -> c.type() != OrgType.PARTY_GROUP).toList();
        List<Long> ids = new ArrayList<>();
        ids.add(family.org().id());
        children.forEach(c -> ids.add(c.id()));
        Map<Long, Map<RuleCategory, Map<Severity, Integer>>> counts = store.rollup(ids);
        return new ComplianceMatrix(row(family.org(), counts),
                children.stream().map(c -> row(c, counts)).toList());
    }

    /** Open findings of the subtree at the end of each of the last {@code months} months, per category. */
    @Transactional(readOnly = true)
    public Map<LocalDate, Map<RuleCategory, Integer>> trend(AccessScope scope, long orgId, int months) {
        scope.require(Permission.FINDING_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        LocalDate last = LocalDate.now(clock).withDayOfMonth(1);
        return store.trend(org.path(), last.minusMonths(Math.max(1, months) - 1L), last);
    }

    /**
     * The organization's written explanation of a finding (e.g. 支部于本季度中途成立). It is shown beside the
     * finding and recorded; the finding stays open and visible to the higher level.
     */
    @Transactional
    public void explain(AccessScope scope, long findingId, String explanation) {
        scope.require(Permission.FINDING_EXPLAIN);
        FindingStore.Row row = store.find(findingId)
                .filter(r -> scope.coversOrg(r.orgId(), r.orgPath()))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (blankToNull(explanation) == null) {
            throw new InvalidInputException("explanation", "情况说明", "请填写情况说明");
        }
        String text = TextKind.LONG_TEXT.required("explanation", "情况说明", explanation);
        store.explain(findingId, text, scope.username());
        events.publishEvent(new FindingExplained(scope.username(), findingId, row.orgId(),
                List.of(new FieldChange("情况说明（" + row.ruleId() + "）", row.explanation(), text))));
    }

    /** Every rule: catalogue id, article, what it checks, its parameters with the platform values in force. */
    @ReferenceData("规则目录对所有人相同")
    public List<RuleView> catalogue() {
        ParameterValues platform = parameters.valuesFor(null, LocalDate.now(clock));
        Map<String, ParameterDefinition> definitions = new java.util.HashMap<>();
        parameters.definitions().forEach(d -> definitions.put(d.key(), d));
        return engine.rules().stream()
                .sorted(Comparator.comparing(ComplianceRule::category).thenComparing(ComplianceRule::ruleId)
                        .thenComparing(ComplianceRule::code))
                .map(r -> new RuleView(r.code(), r.ruleId(), r.article(), r.version(), r.category(), r.title(),
                        r.reads().stream().map(definitions::get).filter(java.util.Objects::nonNull)
                                .map(p -> new RuleView.Parameter(p.key(), p.label(), p.display(platform.get(p.key()))))
                                .toList()))
                .toList();
    }

    private static ComplianceMatrix.Row row(OrgUnitRef org, Map<Long, Map<RuleCategory, Map<Severity, Integer>>> counts) {
        return new ComplianceMatrix.Row(org.id(), org.name(), org.type().label(), counts.getOrDefault(org.id(), Map.of()));
    }

    private static FindingView view(FindingStore.Row r, String orgName, ComplianceRule rule) {
        return new FindingView(r.id(), r.orgId(), orgName, r.ruleCode(), r.ruleVersion(), r.ruleId(),
                rule == null ? null : rule.article(), rule == null ? r.ruleCode() : rule.title(), r.category(),
                r.severity(), r.subject(), r.message(), r.facts(), r.parameters(), r.deadline(), r.fixPath(),
                r.openedOn(), r.resolvedOn(), r.lapsed(), r.explanation(), r.explainedBy(), r.explainedAt());
    }

    private static List<Long> ancestry(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
