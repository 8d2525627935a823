package cn.dangjian.life.internal;

import java.util.List;

import cn.dangjian.org.OrgUnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the denormalised {@code org_path} of every life record in step with the tree, synchronously inside the
 * move's transaction: a moved branch's meetings, talks, appraisals, rectification items and study plans appear
 * in its new parent's overview and scope, and in the old parent's no longer.
 */
@Component
class LifePathListener {

    /** Every life table that carries {@code org_path}; a new one must be added here. */
    static final List<String> TABLES = List.of("meeting", "talk", "appraisal_round", "rectification_item", "study_plan_item");

    private final JdbcClient jdbc;

    LifePathListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(OrgUnitMoved moved) {
        for (String table : TABLES) {
            jdbc.sql("UPDATE " + table + " SET org_path = :newPath || substr(org_path, :oldLength + 1)"
                            + " WHERE org_path LIKE :oldPrefix")
                    .param("newPath", moved.newPath()).param("oldLength", moved.oldPath().length())
                    .param("oldPrefix", moved.oldPath() + "%").update();
        }
    }
}
