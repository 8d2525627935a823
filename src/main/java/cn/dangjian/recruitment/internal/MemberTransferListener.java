package cn.dangjian.recruitment.internal;

import cn.dangjian.member.MemberChanged;
import cn.dangjian.org.OrgUnits;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A 预备党员 whose organizational relationship moves to another organization takes the case along, inside the
 * same transaction: the receiving branch discusses 转正 and may postpone it by up to six months (FZ-25), and the
 * probation keeps its dates.
 */
@Component
class MemberTransferListener {

    private final CaseStore store;
    private final OrgUnits orgs;
    private final ApprovingBodies approving;

    MemberTransferListener(CaseStore store, OrgUnits orgs, ApprovingBodies approving) {
        this.store = store;
        this.orgs = orgs;
        this.approving = approving;
    }

    @EventListener
    void on(MemberChanged changed) {
        store.openOfMember(changed.memberId()).filter(c -> c.orgId() != changed.orgId()).ifPresent(c ->
                orgs.ref(changed.orgId()).ifPresent(org ->
                        store.transfer(c.id(), org.id(), org.path(), approving.of(org).id())));
    }
}
