package cn.dangjian.duty.internal;

import cn.dangjian.org.OrgPathColumns;
import cn.dangjian.org.OrgUnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the issuer's and the assignee's paths of every supervised task, and the inspected organization's of every
 * inspection and rectification item, in step with the tree, in the move's transaction.
 */
@Component
class DutyPathListener {

    /** Every column holding an organization's path, as table.column. */
    static final String[] PATHS = {"duty_task.org_path", "duty_assignment.org_path", "duty_assignment.issuer_path",
            "duty_inspection.org_path", "duty_rectification.org_path"};

    private final OrgPathColumns columns;

    DutyPathListener(OrgPathColumns columns) {
        this.columns = columns;
    }

    @EventListener
    void on(OrgUnitMoved moved) {
        columns.rewrite(moved, PATHS);
    }
}
