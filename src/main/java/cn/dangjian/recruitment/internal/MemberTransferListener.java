package cn.dangjian.recruitment.internal;

import cn.dangjian.member.MemberChanged;
import cn.dangjian.member.MemberTransferred;
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

    /** A member moved by editing the record (a correction of where the member is held). */
    @EventListener
    void on(MemberChanged changed) {
        follow(changed.memberId(), changed.orgId());
    }

    /** A member received by another organization through a 组织关系转接 (JY-09). */
    @EventListener
    void on(MemberTransferred transferred) {
        follow(transferred.memberId(), transferred.orgId());
    }

    private void follow(long memberId, long orgId) {
        store.openOfMember(memberId).filter(c -> c.orgId() != orgId).ifPresent(c ->
                orgs.ref(orgId).ifPresent(org -> store.transfer(c.id(), org.id(), org.path(), approving.of(org).id())));
    }
}
