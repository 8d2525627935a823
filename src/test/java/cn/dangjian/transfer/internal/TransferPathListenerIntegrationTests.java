package cn.dangjian.transfer.internal;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import cn.dangjian.transfer.MobileMembers;
import cn.dangjian.transfer.MobileQuery;
import cn.dangjian.transfer.RegisterOutflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A branch moved to another 机关党委 takes its transfer records along — here a 流动党员 entry: the new parent sees
 * it, the old one no longer — and every path column of the transfer tables is one the listener rewrites.
 */
@IntegrationTest
class TransferPathListenerIntegrationTests {

    @Autowired
    OrgUnits orgs;
    @Autowired
    TestTree trees;
    @Autowired
    MobileMembers mobile;
    @Autowired
    JdbcClient jdbc;

    private final AccessScope system = AccessScope.system();

    @Test
    void aMovedBranchsRegisterFollowsItIntoTheNewParentsScope() {
        TestTree.Tree t = trees.build();
        long id = mobile.registerOut(system, new RegisterOutflow(t.memberA1(), LocalDate.now().minusMonths(1),
                "北京市", "学习", false, null, null, null));
        long b = orgs.create(system, new NewOrgUnit(t.root(), OrgType.PARTY_COMMITTEE, "新机关党委" + t.a1(), null, null, null));
        orgs.move(system, t.a1(), b, orgs.get(system, t.a1()).version());
        assertThat(mobile.get(trees.subtreeScope(b), id).name()).startsWith("王一");
        assertThatThrownBy(() -> mobile.get(trees.subtreeScope(t.a()), id)).isInstanceOf(NotFoundException.class);
        assertThat(mobile.list(trees.subtreeScope(t.a()), t.a(), MobileQuery.OPEN, new PageRequest(1, 20)).items()).isEmpty();
    }

    @Test
    void everyTransferPathColumnIsRewrittenOnMoves() {
        List<String> columns = jdbc.sql("""
                        SELECT table_name || '.' || column_name FROM information_schema.columns
                        WHERE column_name LIKE '%org_path' AND table_name LIKE 'transfer%'
                          AND table_schema = current_schema()""")
                .query(String.class).list();
        assertThat(TransferPathListener.PATHS).containsExactlyInAnyOrderElementsOf(columns);
    }
}
