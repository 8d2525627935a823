package cn.dangjian.recruitment.internal;

import cn.dangjian.org.OrgUnitMoved;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each case's {@code org_path} and approving 党委 in step with the tree, inside the move's transaction: a
 * branch moved under another 机关党委 has its cases in the new parent's pipeline and waiting for the new 党委.
 */
@Component
class RecruitmentPathListener {

    private final CaseStore store;
    private final OrgUnits orgs;
    private final ApprovingBodies approving;

    RecruitmentPathListener(CaseStore store, OrgUnits orgs, ApprovingBodies approving) {
        this.store = store;
        this.orgs = orgs;
        this.approving = approving;
    }

    @EventListener
    void on(OrgUnitMoved moved) {
        store.rewritePaths(moved.oldPath(), moved.newPath());
        for (OrgUnitRef org : orgs.refs(store.orgsUnder(moved.newPath()))) {
            store.updateApprovingOrg(org.id(), approving.of(org).id());
        }
    }
}
