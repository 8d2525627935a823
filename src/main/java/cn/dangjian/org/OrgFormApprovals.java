package cn.dangjian.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.dangjian.org.internal.OrgUnitStore;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ScopeLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The higher organization's approval of an organization's form (JG-01 第五条, JG-02 第六条): a 机关党委 below 100
 * members or a 党总支 below 50 is set up "经上级党组织批准". The approval is the higher organization's act, so only
 * someone whose scope covers the parent records or clears it — a 机关党委 cannot approve itself.
 */
@Service
@Transactional(readOnly = true)
public class OrgFormApprovals {

    static final int REFERENCE_MAX = 100;
    static final LocalDate EARLIEST = LocalDate.of(1921, 7, 1);

    private final OrgUnitStore store;
    private final OrgUnits orgs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrgFormApprovals(OrgUnitStore store, OrgUnits orgs, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.orgs = orgs;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the caller may record the approval of this organization's form: they edit its parent's records. */
    public boolean mayRecord(AccessScope scope, long orgId) {
        if (!scope.can(Permission.ORG_EDIT)) {
            return false;
        }
        OrgUnitRef org = orgs.findInScope(scope, orgId).orElse(null);
        if (org == null) {
            return false;
        }
        if (org.parentId() == null) {
            return scope.level() == ScopeLevel.ALL;
        }
        return orgs.findInScope(scope, org.parentId()).isPresent();
    }

    /**
     * Records the approval ({@code approvedOn} and 批准文号 together), or clears it when both are empty, guarded by
     * the version the editor saw. Audited as a change of the organization, which also has compliance re-check it.
     */
    @Transactional
    public void record(AccessScope scope, long orgId, FormApproval approval, int version) {
        scope.require(Permission.ORG_EDIT);
        orgs.refInScope(scope, orgId);
        if (!mayRecord(scope, orgId)) {
            throw new ForbiddenException("上级党组织的批准只能由上级党组织登记（JG-01、JG-02）");
        }
        FormApproval cleaned = clean(approval);
        OrgUnitView before = store.view(orgId).orElseThrow(() -> new NotFoundException(OrgUnits.NOT_FOUND));
        if (!store.updateFormApproval(orgId, cleaned, version)) {
            throw OrgUnits.concurrentEdit();
        }
        List<FieldChange> diff = new ArrayList<>();
        String after = cleaned == null ? null : String.valueOf(cleaned.approvedOn());
        String beforeOn = before.formApprovedOn() == null ? null : String.valueOf(before.formApprovedOn());
        if (!Objects.equals(beforeOn, after)) {
            diff.add(new FieldChange("上级批准日期", beforeOn, after));
        }
        String ref = cleaned == null ? null : cleaned.reference();
        if (!Objects.equals(before.formApprovalRef(), ref)) {
            diff.add(new FieldChange("批准文号", before.formApprovalRef(), ref));
        }
        if (!diff.isEmpty()) {
            events.publishEvent(new OrgUnitChanged(scope.username(), orgId, diff));
        }
    }

    private FormApproval clean(FormApproval approval) {
        LocalDate on = approval == null ? null : approval.approvedOn();
        String ref = approval == null || approval.reference() == null ? null : approval.reference().strip();
        if (ref != null && ref.isEmpty()) {
            ref = null;
        }
        if (on == null && ref == null) {
            return null;
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (on == null) {
            problems.add(new FieldProblem("approvedOn", "上级批准日期", "填写批准文号时不能为空"));
        } else if (on.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("approvedOn", "上级批准日期", "不能晚于今天"));
        } else if (on.isBefore(EARLIEST)) {
            problems.add(new FieldProblem("approvedOn", "上级批准日期", "不能早于1921年7月1日"));
        }
        if (ref == null) {
            problems.add(new FieldProblem("reference", "批准文号", "填写批准日期时不能为空"));
        } else if (ref.length() > REFERENCE_MAX) {
            problems.add(new FieldProblem("reference", "批准文号", "不能超过" + REFERENCE_MAX + "个字"));
        } else if (ref.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem("reference", "批准文号", "不能含有控制字符"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new FormApproval(on, ref);
    }
}
