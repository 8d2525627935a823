package cn.dangjian.e2e;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.TestTree;
import com.microsoft.playwright.Download;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 机关党委 secretary narrows the member list with the organization picker (expanding the tree and searching it)
 * and a keyword, sorts by name both ways, jumps to a page, changes the page size, and downloads exactly that list.
 */
@ExtendWith(ScreenshotOnFailure.class)
class MemberListBrowserTests extends BrowserTest {

    @Autowired
    TestTree trees;
    @Autowired
    OrgUnits orgs;
    @Autowired
    Members members;

    @Test
    void filtersSortsPagesAndExportsTheMemberList() throws Exception {
        TestTree.Tree t = trees.build();
        for (int i = 10; i < 35; i++) {
            members.create(AccessScope.system(), TestTree.member("浏览器甲" + i, t.a1(), MemberKind.FULL));
        }
        members.create(AccessScope.system(), TestTree.member("浏览器乙", t.a2(), MemberKind.FULL));
        String committee = orgs.ref(t.a()).orElseThrow().name();
        String first = orgs.ref(t.a1()).orElseThrow().name();
        String second = orgs.ref(t.a2()).orElseThrow().name();
        String secretary = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);

        login(secretary, TestTree.PASSWORD);
        page.navigate("/members");
        // the tree: open the picker, expand the 机关党委, see its branches (loaded on demand)
        page.click("#member-filters .org-picker-label");
        page.locator("#member-filters .org-node", new com.microsoft.playwright.Page.LocatorOptions().setHasText(committee))
                .first().locator("[data-org-toggle]").click();
        assertThat(page.locator("#member-filters .org-children")).containsText(second);
        screenshot("tree");
        // the search: type part of the name, pick the first branch
        page.fill("#member-filters [data-org-search]", first);
        page.locator("#member-filters .org-picker-results [data-org-pick][data-org-id=\"" + t.a1() + "\"]").click();
        assertThat(page.locator("#member-filters .org-picker-label")).hasText(first);
        page.fill("#filter-text", "浏览器");
        page.click("#filter-submit");
        page.waitForURL("**/members?**orgId=" + t.a1() + "**");
        assertThat(page.locator("#member-table")).containsText("浏览器甲10");
        assertThat(page.locator("#member-table")).not().containsText("浏览器乙");
        assertThat(page.locator(".list-pager")).containsText("共 25 条，第 1 / 2 页");

        page.click("#member-table a[data-sort=name]");
        page.waitForURL("**sort=name&dir=asc**");
        assertThat(page.locator("#member-table tbody tr").first()).containsText("浏览器甲10");
        page.click("#member-table a[data-sort=name]");
        page.waitForURL("**sort=name&dir=desc**");
        assertThat(page.locator("#member-table tbody tr").first()).containsText("浏览器甲34");
        screenshot("sorted");

        page.fill("#pager-page", "2");
        page.click("#pager-go");
        page.waitForURL("**page=2**");
        assertThat(page.locator(".list-pager")).containsText("第 2 / 2 页");
        assertThat(page.locator("#member-table tbody tr")).hasCount(5);

        page.selectOption("#pager-size", "50");
        page.waitForURL("**size=50**");
        assertThat(page.locator(".list-pager")).containsText("共 25 条，第 1 / 1 页");
        assertThat(page.locator("#member-table tbody tr")).hasCount(25);
        assertThat(page.locator("#filter-text")).hasValue("浏览器");
        screenshot("fifty");

        Download download = page.waitForDownload(() -> page.click("#export-members"));
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() > 0 && row.getCell(0) != null) {
                    names.add(row.getCell(0).getStringCellValue());
                }
            }
        }
        assertThat(names).hasSize(25).allMatch(n -> n.startsWith("浏览器甲"));
    }
}
