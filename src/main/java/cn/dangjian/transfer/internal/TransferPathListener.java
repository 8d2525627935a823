package cn.dangjian.transfer.internal;

import cn.dangjian.org.OrgUnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps both organizations' paths of every transfer, and the receiving branch's of every letter from outside the
 * platform, in step with the tree, inside the move's transaction.
 */
@Component
class TransferPathListener {

    private final JdbcClient jdbc;

    TransferPathListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(OrgUnitMoved moved) {
        for (String column : new String[]{"org_path", "to_org_path"}) {
            jdbc.sql("UPDATE transfer SET " + column + " = :newPath || substr(" + column + ", :oldLength + 1)"
                            + " WHERE " + column + " LIKE :oldPrefix")
                    .param("newPath", moved.newPath()).param("oldLength", moved.oldPath().length())
                    .param("oldPrefix", moved.oldPath() + "%").update();
        }
        jdbc.sql("UPDATE transfer_incoming SET org_path = :newPath || substr(org_path, :oldLength + 1)"
                        + " WHERE org_path LIKE :oldPrefix")
                .param("newPath", moved.newPath()).param("oldLength", moved.oldPath().length())
                .param("oldPrefix", moved.oldPath() + "%").update();
    }
}
