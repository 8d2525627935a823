package cn.dangjian.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.recruitment.internal.CaseAccess;
import cn.dangjian.recruitment.internal.CaseStore;
import cn.dangjian.recruitment.internal.RecruitmentParameters;
import cn.dangjian.recruitment.internal.Timeline;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ForModules;
import cn.dangjian.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruitment over many cases: the pipeline a 机关党委 or 工委 sees for its subtree, and the open cases' deadlines
 * the compliance engine turns into findings.
 */
@Service
@Transactional(readOnly = true)
public class RecruitmentPipeline {

    private final CaseStore store;
    private final OrgUnits orgs;
    private final RuleParameters parameters;
    private final Clock clock;

    RecruitmentPipeline(CaseStore store, OrgUnits orgs, RuleParameters parameters, Clock clock) {
        this.store = store;
        this.orgs = orgs;
        this.parameters = parameters;
        this.clock = clock;
    }

    /**
     * The pipeline of {@code orgId}'s subtree per direct sub-organization (each with its own subtree rolled up) and
     * the organization itself: open cases per stage, overdue ones, and those waiting for a 党委's step.
     */
    public List<PipelineRow> pipeline(AccessScope scope, long orgId) {
        scope.require(Permission.RECRUITMENT_VIEW);
        OrgUnitRef root = orgs.refInScope(scope, orgId);
        List<CaseStore.StageCount> counts = store.stageCounts(root.path(), LocalDate.now(clock), CaseAccess.APPROVAL_KINDS);
        List<OrgUnitRef> children = orgs.children(scope, root.id(), false).stream()
                .map(n -> orgs.ref(n.id()).orElseThrow()).filter(r -> r.type() != OrgType.PARTY_GROUP).toList();
        List<PipelineRow> rows = new ArrayList<>();
        rows.add(pipelineRow(root, counts.stream().filter(k -> k.orgId() == root.id()).toList()));
        for (OrgUnitRef child : children) {
            rows.add(pipelineRow(child, counts.stream().filter(k -> k.orgPath().startsWith(child.path())).toList()));
        }
        return rows;
    }

    /**
     * For the compliance engine: each open case of these organizations with what it waits for, as of
     * {@code today}. Not scoped, like other batch reads: compliance scopes its own views.
     */
    @ForModules
    public Map<Long, List<CaseDeadline>> deadlines(Collection<Long> orgIds, LocalDate today) {
        Map<Long, List<CaseDeadline>> result = new HashMap<>();
        List<CaseStore.StoredCase> open = store.openOf(orgIds);
        Map<Long, List<CaseStep>> steps = store.steps(open.stream().map(CaseStore.StoredCase::id).toList());
        RuleParameters.ParameterResolver resolver = parameters.resolver(today);
        for (CaseStore.StoredCase c : open) {
            Timeline t = new Timeline(c.ruleVersion(), c.birthDate(), steps.getOrDefault(c.id(), List.of()));
            int grace = RecruitmentParameters.graceDays(resolver.valuesFor(c.orgPath()));
            for (Deadline d : t.deadlines(today, grace)) {
                result.computeIfAbsent(c.orgId(), k -> new ArrayList<>())
                        .add(new CaseDeadline(c.id(), c.orgId(), c.name(), c.stage(), d));
            }
        }
        return result;
    }

    private PipelineRow pipelineRow(OrgUnitRef org, List<CaseStore.StageCount> counts) {
        int[] byStage = new int[Stage.values().length];
        int overdue = 0;
        int awaiting = 0;
        for (CaseStore.StageCount k : counts) {
            byStage[k.stage().ordinal()] += k.count();
            overdue += k.overdue();
            awaiting += k.awaiting();
        }
        return new PipelineRow(org.id(), org.name(), org.type().isBranch(), byStage[Stage.APPLICANT.ordinal()],
                byStage[Stage.ACTIVIST.ordinal()], byStage[Stage.CANDIDATE.ordinal()],
                byStage[Stage.PROBATIONARY.ordinal()], overdue, awaiting);
    }
}
