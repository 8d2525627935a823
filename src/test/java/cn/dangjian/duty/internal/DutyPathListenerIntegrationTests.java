package cn.dangjian.duty.internal;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.duty.AssignTask;
import cn.dangjian.duty.TaskData;
import cn.dangjian.duty.TaskQuery;
import cn.dangjian.duty.TaskSource;
import cn.dangjian.duty.Tasks;
import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A branch moved under another 机关党委 takes its parts of supervised tasks along: the new parent's line sees them,
 * the old one no longer does; and every duty table's path column is declared for the rewrite.
 */
@IntegrationTest
class DutyPathListenerIntegrationTests {

    @Autowired
    TestTree trees;
    @Autowired
    OrgUnits orgs;
    @Autowired
    Tasks tasks;
    @Autowired
    JdbcClient jdbc;

    private final AccessScope system = AccessScope.system();

    @Test
    void aMovedBranchsPartsFollowItIntoTheNewParentsScope() {
        TestTree.Tree t = trees.build();
        long id = tasks.assign(system, new AssignTask(t.root(), "全面排查党员组织关系", "逐一核对", TaskSource.OTHER, null,
                "反馈核对结果", LocalDate.now().plusDays(20), List.of(t.a1()), null, TaskData.NONE, null, null));
        long b = orgs.create(system, new NewOrgUnit(t.root(), OrgType.PARTY_COMMITTEE, "新机关党委" + t.a1(), null, null, null));
        orgs.move(system, t.a1(), b, orgs.get(system, t.a1()).version());
        assertThat(tasks.get(trees.subtreeScope(b), id).assignments()).singleElement()
                .satisfies(a -> assertThat(a.detailed()).isTrue());
        assertThatThrownBy(() -> tasks.get(trees.subtreeScope(t.a()), id)).isInstanceOf(NotFoundException.class);
        assertThat(tasks.list(trees.subtreeScope(b), b, TaskQuery.ALL, new PageRequest(1, 20)).items()).hasSize(1);
    }

    @Test
    void everyDutyPathColumnIsRewrittenOnMoves() {
        List<String> columns = jdbc.sql("""
                        SELECT table_name || '.' || column_name FROM information_schema.columns
                        WHERE (column_name LIKE '%org_path' OR column_name LIKE '%issuer_path') AND table_name LIKE 'duty%'
                          AND table_schema = current_schema()""")
                .query(String.class).list();
        assertThat(DutyPathListener.PATHS).containsExactlyInAnyOrderElementsOf(columns);
    }
}
