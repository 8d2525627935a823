package cn.dangjian.compliance;

import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A branch moved to another 机关党委 takes its findings along, in the move's transaction: the matrices follow. */
@IntegrationTest
class ComplianceMovesIntegrationTests {

    @Autowired
    Compliance compliance;
    @Autowired
    OrgUnits orgs;
    @Autowired
    TestTree trees;

    private final AccessScope system = AccessScope.system();

    @Test
    void aMovedBranchsFindingsCountUnderItsNewParentAtOnce() {
        TestTree.Tree t = trees.build();
        long b = orgs.create(system, new NewOrgUnit(t.root(), OrgType.PARTY_COMMITTEE, "新机关党委" + t.a1(), null, null, null));
        compliance.reevaluateSubtree(t.root());
        int a1 = compliance.matrix(system, t.a1()).total().total();
        int aBefore = compliance.matrix(system, t.a()).total().total();
        int bBefore = compliance.matrix(system, b).total().total();
        assertThat(a1).isPositive();

        orgs.move(system, t.a1(), b, orgs.get(system, t.a1()).version());

        // no re-evaluation yet: the rewrite of paths alone moves the counts
        assertThat(compliance.matrix(system, t.a()).total().total()).isEqualTo(aBefore - a1);
        assertThat(compliance.matrix(system, b).total().total()).isEqualTo(bBefore + a1);
        assertThat(compliance.findings(system, FindingQuery.openIn(b), new cn.dangjian.shared.PageRequest(1, 500))
                .items()).extracting(FindingView::orgId).contains(t.a1());
    }
}
