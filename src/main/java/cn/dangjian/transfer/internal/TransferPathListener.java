package cn.dangjian.transfer.internal;

import cn.dangjian.org.OrgPathColumns;
import cn.dangjian.org.OrgUnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps both organizations' paths of every transfer, the receiving branch's of every letter from outside the
 * platform, and both of every 流动党员 entry in step with the tree, inside the move's transaction.
 */
@Component
class TransferPathListener {

    /** Every column holding an organization's path, as table.column. */
    static final String[] PATHS = {"transfer.org_path", "transfer.to_org_path", "transfer_incoming.org_path",
            "transfer_mobile.org_path", "transfer_mobile.inflow_org_path"};

    private final OrgPathColumns columns;

    TransferPathListener(OrgPathColumns columns) {
        this.columns = columns;
    }

    @EventListener
    void on(OrgUnitMoved moved) {
        columns.rewrite(moved, PATHS);
    }
}
