package cn.dangjian.e2e;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** 工委 staff walk from the matrix down to a branch's finding and on to the screen that fixes it. */
@ExtendWith(ScreenshotOnFailure.class)
class ComplianceBrowserTests extends BrowserTest {

    @Autowired
    TestTree trees;
    @Autowired
    Compliance compliance;
    @Autowired
    OrgUnits orgs;

    @Test
    void fromTheMatrixToABranchsFindingAndTheFormThatFixesIt() {
        TestTree.Tree t = trees.build();
        compliance.reevaluateSubtree(t.root());
        String staff = trees.account("WORK_COMMITTEE_STAFF", t.root(), null);
        String committee = orgs.ref(t.a()).orElseThrow().name();
        String branch = orgs.ref(t.a1()).orElseThrow().name();

        login(staff, TestTree.PASSWORD);
        page.navigate("/compliance/matrix?orgId=" + t.root());
        assertThat(page.locator("#matrix-table")).containsText(committee);
        screenshot("matrix-root");
        page.locator("#matrix-table a:has-text('" + committee + "')").click();

        assertThat(page.locator("#matrix-table")).containsText(branch);
        screenshot("matrix-committee");
        page.locator("#matrix-table tr:has-text('" + branch + "') td[data-category=MEETINGS].table-danger a").click();

        assertThat(page.locator("#findings-table")).containsText("ZB-08");
        screenshot("findings");
        page.locator("#findings-table a:has-text('" + branch + "')").first().click();

        assertThat(page.locator("#finding-list")).containsText("支部党员大会");
        screenshot("workbench");
        page.locator("#finding-list .list-group-item:has-text('ZB-08') a.task-do").first().click();

        assertThat(page.locator("h1")).containsText("记录支部党员大会");
        screenshot("fix-form");
    }
}
