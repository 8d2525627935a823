package cn.dangjian.compliance.internal;

import cn.dangjian.org.OrgUnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the findings' denormalised {@code org_path} in step with the tree, synchronously inside the move's
 * transaction — open and closed findings alike, so a moved branch's history moves with it — and, through the
 * rollup's triggers, the counts of its old and new ancestors.
 */
@Component
class FindingPathListener {

    private final JdbcClient jdbc;

    FindingPathListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(OrgUnitMoved moved) {
        jdbc.sql("UPDATE compliance_finding SET org_path = :newPath || substr(org_path, :oldLength + 1)"
                        + " WHERE org_path LIKE :oldPrefix")
                .param("newPath", moved.newPath()).param("oldLength", moved.oldPath().length())
                .param("oldPrefix", moved.oldPath() + "%").update();
    }
}
