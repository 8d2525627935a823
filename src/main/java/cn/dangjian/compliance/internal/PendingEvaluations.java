package cn.dangjian.compliance.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Re-evaluations requested and not yet done, kept in {@code compliance_pending} so that a restart loses none:
 * a listener records the request in its own transaction (which is what completes the event's publication), the
 * background worker takes what is pending, evaluates it and then removes exactly the rows it took.
 */
@Repository
class PendingEvaluations {

    /** What a request covers: an organization with its ancestors, a whole subtree, or every tree. */
    enum Kind {
        ORG, SUBTREE, ALL
    }

    /** The rows taken, merged: {@code all} covers everything else. */
    record Batch(List<Long> rowIds, boolean all, Set<Long> subtrees, Set<Long> orgs) {

        boolean isEmpty() {
            return rowIds.isEmpty();
        }
    }

    private final JdbcClient jdbc;

    PendingEvaluations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void request(Kind kind, Collection<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return;
        }
        jdbc.sql("INSERT INTO compliance_pending (kind, org_id) SELECT :kind, unnest(CAST(:orgs AS bigint[]))")
                .param("kind", kind.name()).param("orgs", orgIds.toArray(Long[]::new)).update();
    }

    void requestAll() {
        request(Kind.ALL, List.of(0L));
    }

    /** Everything pending now (requests made while it is evaluated stay for the next run). */
    Batch take() {
        List<Long> ids = new ArrayList<>();
        Set<Long> subtrees = new TreeSet<>();
        Set<Long> orgs = new TreeSet<>();
        boolean[] all = {false};
        jdbc.sql("SELECT id, kind, org_id FROM compliance_pending ORDER BY id").query(rs -> {
            ids.add(rs.getLong(1));
            switch (Kind.valueOf(rs.getString(2))) {
                case ALL -> all[0] = true;
                case SUBTREE -> subtrees.add(rs.getLong(3));
                case ORG -> orgs.add(rs.getLong(3));
            }
        });
        return new Batch(ids, all[0], subtrees, orgs);
    }

    /** Removes the rows of a batch once it has been evaluated. */
    void done(Batch batch) {
        jdbc.sql("DELETE FROM compliance_pending WHERE id = ANY(:ids)")
                .param("ids", batch.rowIds().toArray(Long[]::new)).update();
    }
}
