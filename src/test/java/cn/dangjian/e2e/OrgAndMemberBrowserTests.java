package cn.dangjian.e2e;

import java.time.LocalDate;

import cn.dangjian.support.TestTree;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A 工委 staff member browses the tree; a branch secretary adds a member and is told what is wrong first. */
@ExtendWith(ScreenshotOnFailure.class)
class OrgAndMemberBrowserTests extends BrowserTest {

    @Autowired
    TestTree trees;

    @Test
    void staffBrowseTheTreeDownToABranch() {
        TestTree.Tree t = trees.build();
        String staff = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        login(staff, TestTree.PASSWORD);
        assertThat(page.locator("#home-title")).containsText("测试局机关党委");
        screenshot("home");

        page.navigate("/orgs");
        Locator tree = page.locator("#org-tree");
        assertThat(tree).containsText("测试局机关党委");
        assertThat(tree.locator("[data-org-id]")).hasCount(1);
        tree.locator("li:has(> span[data-org-id='" + t.a() + "']) > button.toggle").click();
        assertThat(tree).containsText("测试局第一党支部");
        assertThat(tree).containsText("测试局第二党支部");
        screenshot("tree-expanded");

        page.locator("[data-org-id='" + t.a1() + "'] a").click();
        assertThat(page.locator("#org-name")).containsText("测试局第一党支部");
        screenshot("branch");
    }

    @Test
    void aSecretaryAddsAMemberAfterFixingWhatTheFormPointsOut() {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        login(secretary, TestTree.PASSWORD);
        page.navigate("/members");
        assertThat(page.locator("#member-table")).containsText("王一");
        assertThat(page.locator("#member-table")).not().containsText("李二");
        page.click("#new-member");

        String id = TestTree.citizenId(LocalDate.of(1992, 5, 17), 7001, false);
        String wrongCheckDigit = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        page.fill("#name", "陈晓燕");
        page.fill("#citizenId", wrongCheckDigit);
        page.selectOption("#education", "MASTER");
        page.fill("#joinedOn", "2016-06-28");
        page.fill("#confirmedOn", "2017-06-28");
        page.selectOption("#orgId", String.valueOf(t.a1()));
        page.click("#member-save");
        assertThat(page.locator("#form-problems")).containsText("身份证号：校验位错误");
        assertThat(page.locator("#name")).hasValue("陈晓燕");
        screenshot("validation");

        page.fill("#citizenId", id);
        page.click("#member-save");
        assertThat(page.locator("#member-name")).hasText("陈晓燕");
        assertThat(page.locator("#member-record")).containsText("1992-05-17");
        assertThat(page.locator("#member-record")).containsText("女");
        screenshot("added");

        page.navigate("/members");
        assertThat(page.locator("#member-table")).containsText("陈晓燕");
    }
}
