package cn.dangjian.dues.internal;

import cn.dangjian.org.OrgUnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every dues table's {@code org_path} in step with the tree, inside the move's transaction: a branch moved
 * under another 机关党委 has its register, assessments, payments and remittances in the new parent's summary.
 */
@Component
class DuesPathListener {

    private final AssessmentStore store;

    DuesPathListener(AssessmentStore store) {
        this.store = store;
    }

    @EventListener
    void on(OrgUnitMoved moved) {
        store.rewritePaths(moved.oldPath(), moved.newPath());
    }
}
