package cn.dangjian.identity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import cn.idev.excel.FastExcel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail is a hash chain: intact as written; an entry changed, an entry removed or the newest entry
 * removed behind the append-only trigger's back is reported with the entry it concerns. Each tampering
 * happens in a transaction that is rolled back, so the shared database stays intact for other tests.
 */
@IntegrationTest
class AuditChainTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestTree trees;
    @Autowired
    SignIn signIn;

    private final AccessScope auditor = AccessScope.system();

    @Test
    void anUntouchedTrailIsReportedIntactWithItsCount() {
        three();
        AuditIntegrity integrity = trail.verify(auditor);
        long count = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
        assertThat(integrity.intact()).isTrue();
        assertThat(integrity.message()).isEqualTo("审计日志完整，共 " + integrity.entries() + " 条");
        assertThat(integrity.entries()).isLessThanOrEqualTo(count).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aChangedEntryIsReportedByIdAndTime() {
        List<Long> ids = three();
        tampered(jdbc -> jdbc.sql("UPDATE audit_entry SET actor = 'someone-else' WHERE id = :id")
                .param("id", ids.get(1)).update(), integrity -> {
            assertThat(integrity.intact()).isFalse();
            assertThat(integrity.entryId()).isEqualTo(ids.get(1));
            assertThat(integrity.message()).startsWith("审计日志第 " + ids.get(1) + " 条（")
                    .endsWith("的内容被改动，与写入时的校验值不符");
        });
        tampered(jdbc -> jdbc.sql("UPDATE audit_entry SET changes = '[]' WHERE id = :id")
                .param("id", ids.get(0)).update(), integrity -> assertThat(integrity.entryId()).isEqualTo(ids.get(0)));
        assertThat(trail.verify(auditor).intact()).isTrue();
    }

    @Test
    void aRemovedEntryIsReported() {
        List<Long> ids = three();
        tampered(jdbc -> jdbc.sql("DELETE FROM audit_entry WHERE id = :id").param("id", ids.get(1)).update(),
                integrity -> {
                    assertThat(integrity.intact()).isFalse();
                    assertThat(integrity.message()).startsWith("审计日志第 " + ids.get(1) + " 条记录已被删除");
                });
    }

    @Test
    void removingTheNewestEntriesIsReported() {
        three();
        tampered(jdbc -> jdbc.sql("DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)").update(),
                integrity -> assertThat(integrity.message()).startsWith("审计日志末尾的记录已被删除"));
    }

    @Test
    void anEntryInsertedBehindThePlatformsBackIsReported() {
        three();
        tampered(jdbc -> jdbc.sql("INSERT INTO audit_entry (actor, record_type, record_id, action) "
                + "VALUES ('intruder', '党员', '1', '修改')").update(), integrity -> {
            assertThat(integrity.intact()).isFalse();
            assertThat(integrity.message()).contains("没有校验值");
        });
    }

    @Test
    void onlyTheAuditorVerifiesAndExportsAndTheExportIsItselfAudited() {
        TestTree.Tree t = trees.build();
        AccessScope admin = signIn.scopeOf(trees.account("PLATFORM_ADMIN", t.root(), null));
        AccessScope security = signIn.scopeOf(trees.account("SECURITY_ADMIN", null, null));
        AccessScope realAuditor = signIn.scopeOf(trees.account("AUDITOR", null, null));
        for (AccessScope other : List.of(admin, security)) {
            assertThatThrownBy(() -> trail.verify(other)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> trail.export(other, new AuditQuery(null, null, null, null, null),
                    new ByteArrayOutputStream())).isInstanceOf(ForbiddenException.class);
        }
        String marker = "chain-" + System.nanoTime();
        events.publishEvent(new AccountChanged("tester", marker, "登录", List.of(new FieldChange("来源地址", null, "10.0.0.1"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        trail.export(realAuditor, new AuditQuery(null, "账号", marker, null, null), out);
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(out.toByteArray())).sheet().doReadSync();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get(4)).isEqualTo(marker);
            assertThat(row.get(6)).isEqualTo("来源地址：（空） → 10.0.0.1");
        });
        assertThat(trail.search(auditor, new AuditQuery(realAuditor.username(), "个人信息导出", "审计日志", null, null),
                PageRequest.of(1, 5)).items()).singleElement()
                .satisfies(e -> assertThat(e.changes().get(0).newValue()).isEqualTo("对象=账号，编号=" + marker));
    }

    /** Three fresh entries, in order; their ids. */
    private List<Long> three() {
        String marker = "chain-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            events.publishEvent(new AccountChanged("tester", marker, "修改密码",
                    List.of(new FieldChange("第" + i + "次", "旧", "新"))));
        }
        return jdbc.sql("SELECT id FROM audit_entry WHERE record_id = :m ORDER BY id").param("m", marker)
                .query(Long.class).list();
    }

    /** Tampers with the trail around the trigger, verifies inside the same transaction, then rolls back. */
    private void tampered(Consumer<JdbcClient> tampering, Consumer<AuditIntegrity> check) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
            tampering.accept(jdbc);
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
            check.accept(trail.verify(auditor));
            status.setRollbackOnly();
        });
    }
}
