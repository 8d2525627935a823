package cn.dangjian.transfer.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The transfers of one 整建制转移 (ZJ-06) move together: every step taken on one is taken on all of them in the same
 * transaction, so the batch never splits — all are approved, sent, received or returned, or none is.
 */
@Component
public class TransferBatch {

    private final TransferRepository repository;
    private final JdbcClient jdbc;

    TransferBatch(TransferRepository repository, JdbcClient jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /** Joins drafts just started into one batch led by the first of them. */
    public void form(List<Long> drafts) {
        jdbc.sql("UPDATE transfer SET batch_id = :lead WHERE id IN (:ids) AND state = 'DRAFT' AND batch_id IS NULL")
                .param("lead", drafts.get(0)).param("ids", drafts).update();
    }

    /** The transfer with the rest of its batch, the lead first; the transfer alone when it moves alone. */
    public List<Transfer> with(Transfer t) {
        if (t.batchId() == null) {
            return List.of(t);
        }
        List<Transfer> all = new ArrayList<>();
        jdbc.sql("SELECT id FROM transfer WHERE batch_id = :batch ORDER BY id").param("batch", t.batchId())
                .query(Long.class).list()
                .forEach(id -> all.add(id.equals(t.id()) ? t : repository.findById(id).orElseThrow()));
        return all;
    }

    public void save(List<Transfer> all) {
        repository.saveAll(all);
    }
}
