package cn.dangjian.recruitment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.recruitment.CaseStep;
import cn.dangjian.recruitment.Deadline;
import cn.dangjian.recruitment.Problem;
import cn.dangjian.recruitment.Stage;
import cn.dangjian.recruitment.StepKind;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What the recruitment facades share about one case: finding it inside the caller's scope (or the approving
 * 党委's), locking it for a step, turning the engine's problems into a refusal or recorded waivers, keeping the
 * stored stage and next deadline in step with the steps, and describing a step for the audit trail.
 */
@Component
public class CaseAccess {

    public static final String NOT_FOUND = "未找到该发展党员记录，或不在您的管理范围内";

    /** The steps taken by the approving 党委: a case waiting for one of them is on that 党委's desk. */
    public static final List<String> APPROVAL_KINDS = Arrays.stream(StepKind.values())
            .filter(StepKind::byApprovingBody).map(Enum::name).toList();

    private final CaseStore store;
    private final OrgUnits orgs;
    private final RuleParameters parameters;
    private final Clock clock;

    CaseAccess(CaseStore store, OrgUnits orgs, RuleParameters parameters, Clock clock) {
        this.store = store;
        this.orgs = orgs;
        this.parameters = parameters;
        this.clock = clock;
    }

    /** The case's engine over its recorded steps. */
    public Timeline timeline(CaseStore.StoredCase c) {
        return new Timeline(c.ruleVersion(), c.birthDate(), store.steps(c.id()));
    }

    /** FZ-22's "promptly", in days, for an organization on a day. */
    public int graceDays(String orgPath, LocalDate day) {
        return RecruitmentParameters.graceDays(parameters.valuesFor(orgPath, day));
    }

    public CaseStore.StoredCase inScope(AccessScope scope, long caseId) {
        CaseStore.StoredCase c = store.find(caseId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!scope.coversOrg(c.orgId(), c.orgPath()) && !coversApprovingBody(scope, c)) {
            throw new NotFoundException(NOT_FOUND);
        }
        return c;
    }

    /** The case, locked for a change, refusing one that is no longer open. */
    public CaseStore.StoredCase lockInScope(AccessScope scope, long caseId) {
        inScope(scope, caseId);
        CaseStore.StoredCase c = store.lock(caseId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!c.stage().open()) {
            throw new ConflictException(c.name() + "的发展党员记录已" + (c.stage() == Stage.FULL ? "转为正式党员" : "终止")
                    + "，不能再记录");
        }
        return c;
    }

    private boolean coversApprovingBody(AccessScope scope, CaseStore.StoredCase c) {
        return orgs.ref(c.approvingOrgId()).map(a -> scope.coversOrg(a.id(), a.path())).orElse(false);
    }

    /** Refuses hard problems; waivable ones need a justification and are returned to be recorded with it. */
    public static List<String> waivers(List<Problem> problems, String justification) {
        List<FieldProblem> refused = new ArrayList<>();
        List<String> waived = new ArrayList<>();
        for (Problem p : problems) {
            if (!p.waivable()) {
                refused.add(new FieldProblem(p.field(), label(p.field()), p.message()));
            } else if (justification == null) {
                refused.add(new FieldProblem("justification", "情况说明", p.message() + "。如确属特殊情况，请填写情况说明，上级党组织可见"));
            } else if (!waived.contains(p.ruleId())) {
                waived.add(p.ruleId());
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        return waived;
    }

    static String label(String field) {
        return switch (field == null ? "" : field) {
            case "on" -> "日期";
            case "until" -> "截止日期";
            case "memberIds" -> "人员";
            case "days" -> "培训时间";
            case "months" -> "月数";
            case "result" -> "结果";
            default -> "环节";
        };
    }

    /** Recomputes the stored stage and next deadline from the steps. */
    public Stage refreshState(long caseId, Long memberId) {
        CaseStore.StoredCase c = store.find(caseId).orElseThrow();
        Timeline t = new Timeline(c.ruleVersion(), c.birthDate(), store.steps(caseId));
        LocalDate today = LocalDate.now(clock);
        int grace = graceDays(c.orgPath(), today);
        Optional<Deadline> next = t.deadlines(today, grace).stream().min(Comparator.comparing(Deadline::dueOn));
        Stage stage = t.stage();
        CaseStep ending = stage == Stage.CLOSED ? t.lastStep().orElseThrow() : null;
        store.updateState(caseId, stage, t.awaiting(today, grace).orElse(null), next.map(Deadline::dueOn).orElse(null),
                next.map(Deadline::step).orElse(null), memberId, ending == null ? null : ending.on(),
                ending == null ? null : ending.kind().label() + "：" + ending.result().label());
        return stage;
    }

    public static List<FieldChange> changes(CaseStep s) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("环节", null, s.kind().label()));
        changes.add(new FieldChange("日期", null, s.on().toString()));
        if (!s.people().isEmpty()) {
            changes.add(new FieldChange("人员", null, s.peopleNames()));
        }
        if (s.result() != null) {
            changes.add(new FieldChange("结果", null, s.result().label()));
        }
        if (s.vote() != null) {
            changes.add(new FieldChange("表决", null, s.vote()));
        }
        if (!s.waivedRules().isEmpty()) {
            changes.add(new FieldChange("情况说明（" + String.join("、", s.waivedRules()) + "）", null, s.justification()));
        }
        return changes;
    }
}
