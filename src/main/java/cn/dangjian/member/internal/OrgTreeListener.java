package cn.dangjian.member.internal;

import cn.dangjian.org.OrgUnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each member's denormalised {@code org_path} in step with the tree. Runs synchronously inside
 * the move's transaction, so a move and the rewrite of its members' paths commit or fail together.
 */
@Component
class OrgTreeListener {

    private final MemberStore store;

    OrgTreeListener(MemberStore store) {
        this.store = store;
    }

    @EventListener
    void on(OrgUnitMoved moved) {
        store.rewriteOrgPaths(moved.oldPath(), moved.newPath());
    }
}
