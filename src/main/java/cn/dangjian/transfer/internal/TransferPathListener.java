package cn.dangjian.transfer.internal;

import cn.dangjian.org.OrgUnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;

    TransferPathListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(OrgUnitMoved moved) {
        for (String path : PATHS) {
            String table = path.substring(0, path.indexOf('.'));
            String column = path.substring(path.indexOf('.') + 1);
            jdbc.sql("UPDATE " + table + " SET " + column + " = :newPath || substr(" + column + ", :oldLength + 1)"
                            + " WHERE " + column + " LIKE :oldPrefix")
                    .param("newPath", moved.newPath()).param("oldLength", moved.oldPath().length())
                    .param("oldPrefix", moved.oldPath() + "%").update();
        }
    }
}
