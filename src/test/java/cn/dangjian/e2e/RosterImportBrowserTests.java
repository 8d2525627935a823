package cn.dangjian.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.dangjian.member.excel.RosterFiles;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A branch secretary uploads a roster with one bad row, reads the per-row report, imports only the valid
 * rows, and finds the new members in the list.
 */
@ExtendWith(ScreenshotOnFailure.class)
class RosterImportBrowserTests extends BrowserTest {

    @Autowired
    TestTree trees;
    @Autowired
    OrgUnits orgs;

    @Test
    void aRosterWithAnErrorRowIsReportedAndOnlyTheValidRowsAreImported() throws Exception {
        TestTree.Tree t = trees.build();
        String branch = orgs.ref(t.a1()).orElseThrow().name();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String bad = RosterFiles.newCitizenId();
        String wrongCheckDigit = bad.substring(0, 17) + (bad.charAt(17) == '1' ? '2' : '1');
        byte[] workbook = RosterFiles.workbook(List.of(
                RosterFiles.row("周建华", RosterFiles.newCitizenId(), branch),
                RosterFiles.row("吴晓梅", wrongCheckDigit, branch),
                RosterFiles.row("郑国强", RosterFiles.newCitizenId(), branch)));
        Path file = Files.createTempFile("党员名册", ".xlsx");
        Files.write(file, workbook);

        login(secretary, TestTree.PASSWORD);
        page.navigate("/members/imports");
        page.setInputFiles("#import-file", file);
        page.click("#import-submit");

        assertThat(page.locator("#import-counts")).containsText("有错误1行");
        assertThat(page.locator("#import-problems")).containsText("第3行");
        assertThat(page.locator("#import-problems")).containsText("身份证号");
        assertThat(page.locator("#import-problems")).containsText("校验位错误");
        assertThat(page.locator("#confirm-all")).isDisabled();
        screenshot("report");

        page.click("#confirm-valid");
        assertThat(page.locator("#import-result")).containsText("新增2人");
        screenshot("done");

        page.navigate("/members");
        assertThat(page.locator("#member-table")).containsText("周建华");
        assertThat(page.locator("#member-table")).containsText("郑国强");
        assertThat(page.locator("#member-table")).not().containsText("吴晓梅");
        screenshot("roster");
        Files.deleteIfExists(file);
    }
}
