package cn.dangjian.identity.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import cn.dangjian.identity.AuditIntegrity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole trail in id order, recomputing each entry's SM3 digest from its content and the entry
 * before it, and reports the first link that does not hold: an entry changed, an entry removed (the next one
 * names it as its predecessor), or the newest entries removed (the chain head remembers the last one).
 */
@Component
public class AuditVerifier {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final int BATCH = 2000;

    private final JdbcClient jdbc;
    private final AuditChain chain;

    AuditVerifier(JdbcClient jdbc, AuditChain chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    /** One consistent snapshot: entries committed while checking are neither half-seen nor reported. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditIntegrity verify() {
        AuditChain.Head head = jdbc.sql("SELECT last_id, last_hash, legacy_sealed FROM audit_chain_head WHERE id = 1")
                .query(AuditChain.Head::of).single();
        long count = 0;
        Long prevId = null;
        String prevHash = null;
        long after = 0;
        while (true) {
            List<StoredEntry> rows = jdbc.sql(StoredEntry.SELECT + " WHERE id > :after ORDER BY id LIMIT :n")
                    .param("after", after).param("n", BATCH).query((rs, n) -> StoredEntry.of(rs, chain)).list();
            if (rows.isEmpty()) {
                break;
            }
            for (StoredEntry row : rows) {
                AuditIntegrity broken = check(row, prevId, prevHash);
                if (broken != null) {
                    return broken;
                }
                count++;
                prevId = row.id();
                prevHash = row.hash();
            }
            after = rows.get(rows.size() - 1).id();
        }
        if (head.lastId() != null && (prevId == null || prevId < head.lastId()
                || prevId.equals(head.lastId()) && !Objects.equals(prevHash, head.lastHash()))) {
            return new AuditIntegrity(false, count, head.lastId(), null, "审计日志末尾的记录已被删除：最后一条应为第 "
                    + head.lastId() + " 条，现在只到" + (prevId == null ? "空表" : "第 " + prevId + " 条"));
        }
        return new AuditIntegrity(true, count, null, null, "审计日志完整，共 " + count + " 条");
    }

    private static AuditIntegrity check(StoredEntry row, Long prevId, String prevHash) {
        String where = "第 " + row.id() + " 条（" + TIME.format(row.occurredAt()) + "）";
        if (row.hash() == null) {
            return broken(row, "审计日志" + where + "没有校验值：它不是由平台写入的");
        }
        if (!Objects.equals(row.prevId(), prevId)) {
            if (row.prevId() != null && (prevId == null || row.prevId() > prevId)) {
                return broken(row, "审计日志第 " + row.prevId() + " 条记录已被删除（在" + where + "之前）");
            }
            return broken(row, "审计日志" + where + "与前一条记录的链接被改动");
        }
        if (!row.hash().equals(row.digest(prevId, prevHash))) {
            return broken(row, "审计日志" + where + "的内容被改动，与写入时的校验值不符");
        }
        return null;
    }

    private static AuditIntegrity broken(StoredEntry row, String message) {
        Instant at = row.occurredAt();
        return new AuditIntegrity(false, 0, row.id(), at, message);
    }
}
