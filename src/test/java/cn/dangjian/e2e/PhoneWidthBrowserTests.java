package cn.dangjian.e2e;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.dangjian.support.TestTree;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page the menu offers, for every role, on a 390×844 phone: the menu opens as a drawer, no link answers an
 * error (a link a role cannot use is not shown), no page is wider than the screen, and no text is squeezed to one
 * character per line. A screenshot of each page goes to {@code target/e2e-screenshots/}, and of each role's home
 * page at 1366×900 too.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Import(ShellFixture.class)
class PhoneWidthBrowserTests extends BrowserTest {

    @Autowired
    TestTree trees;
    @Autowired
    ShellFixture fixture;

    private ShellFixture.Data data;

    private ShellFixture.Data data() {
        if (data == null) {
            data = fixture.build();
        }
        return data;
    }

    @Test
    void branchSecretary() {
        long a1 = data().tree().a1();
        walk("BRANCH_SECRETARY", a1, data().tree().memberA1(), "/orgs/" + a1, "/members/new",
                "/recruitment/cases/" + data().caseId(), "/recruitment/new?orgId=" + a1, "/study-plans?orgId=" + a1,
                "/documents/templates?orgId=" + a1, "/dues/members/" + data().tree().memberA1(),
                "/dues/members/" + data().ordinaryMember());
    }

    @Test
    void partyCommitteeSecretary() {
        walk("PARTY_COMMITTEE_SECRETARY", data().tree().a(), null);
    }

    @Test
    void workCommitteeStaff() {
        TestTree.Tree t = data().tree();
        walk("WORK_COMMITTEE_STAFF", t.root(), null, "/orgs/" + t.a(), "/orgs/new?parentId=" + t.a(),
                "/orgs/" + t.a1() + "/edit", "/orgs/" + t.a1() + "/terms/new", "/units/new",
                "/members/" + t.memberA1() + "/edit", "/recruitment/cases/" + data().caseId());
    }

    @Test
    void ordinaryMember() {
        walk("MEMBER", data().tree().a1(), data().ordinaryMember());
    }

    @Test
    void platformAdministrator() {
        walk("PLATFORM_ADMIN", data().tree().root(), null);
    }

    @Test
    void securityAdministrator() {
        walk("SECURITY_ADMIN", null, null);
    }

    @Test
    void auditor() {
        walk("AUDITOR", null, null);
    }

    /** The ordinary member's menu leads to their own records only, never to the branch's meeting list. */
    @Test
    void theOrdinaryMembersMenuOffersTheirOwnPagesOnly() {
        login(trees.account("MEMBER", data().tree().a1(), data().ordinaryMember()), TestTree.PASSWORD);
        assertThat(page.locator("#nav-my-meetings")).hasAttribute("href", "/meetings/mine");
        assertThat(page.locator("#nav-my-record")).hasAttribute("href", "/members/" + data().ordinaryMember());
        assertThat(page.locator("#nav-meetings")).hasCount(0);
        assertThat(page.locator("#nav-members")).hasCount(0);
        assertThat(page.locator("#nav-parameters")).hasCount(0);
        page.click("#nav-my-meetings");
        assertThat(page.locator("#nav-my-meetings")).hasClass(java.util.regex.Pattern.compile("\\bactive\\b"));
        assertThat(page.locator("#app-crumbs")).containsText("首页");
        assertThat(page.locator("#app-crumbs")).containsText("我的组织生活");
    }

    /** The branch secretary's menu hides what their role may not open (规则参数, 用户, 审计日志) and shows their branch. */
    @Test
    void theBranchSecretarySeesTheirBranchAndNoLinkTheyCannotUse() {
        login(trees.account("BRANCH_SECRETARY", data().tree().a1(), data().tree().memberA1()), TestTree.PASSWORD);
        assertThat(page.locator("#current-user")).containsText("党支部书记");
        assertThat(page.locator("#current-org")).containsText("测试局第一党支部");
        assertThat(page.locator("#nav-plan")).hasAttribute("href", "/meetings/plan?orgId=" + data().tree().a1());
        assertThat(page.locator("#nav-parameters")).hasCount(0);
        assertThat(page.locator("#nav-accounts")).hasCount(0);
        assertThat(page.locator("#nav-audit")).hasCount(0);
        assertThat(page.request().get("/favicon.ico").status()).isEqualTo(200);
        assertThat(page.request().get("/favicon.svg").status()).isEqualTo(200);
    }

    /** Visits the home page, every link of the role's menu and the {@code extra} pages reached from them. */
    private void walk(String role, Long orgId, Long memberId, String... extra) {
        String username = trees.account(role, orgId, memberId);
        login(username, TestTree.PASSWORD);
        shot(role + "-home-1366");

        page.setViewportSize(390, 844);
        page.navigate("/");
        page.click("#menu-toggle");
        assertThat(page.locator("#app-menu")).hasClass(java.util.regex.Pattern.compile("\\bshow\\b"));
        page.locator("#app-menu .offcanvas-body").waitFor();
        shot(role + "-menu-390");
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) page.evaluate("() => Array.from(document.querySelectorAll("
                + "'#main-menu a.app-menu-link[href]'), a => a.getAttribute('href'))");
        assertThat(links).as("menu links of " + role).hasSizeGreaterThan(3);
        Set<String> targets = new LinkedHashSet<>(links);
        targets.addAll(List.of(extra));

        List<String> problems = new ArrayList<>();
        for (String target : targets) {
            Response response = page.navigate(target);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            String where = role + " " + target;
            if (response == null || response.status() >= 400) {
                problems.add(where + ": answers " + (response == null ? "nothing" : response.status()));
                continue;
            }
            shot(role + "-" + slug(target) + "-390");
            problems.addAll(PhoneLayoutProbe.problems(page, where));
        }
        assertThat(problems).as("pages that do not fit a 390 px phone").isEmpty();
        if (role.equals("WORK_COMMITTEE_STAFF")) {
            desktopShots(role, targets);
        }
    }

    /** The same pages at 1366×900, for a person to look at (the staff of the 工委 see nearly every page). */
    private void desktopShots(String role, Set<String> targets) {
        page.setViewportSize(1366, 900);
        for (String target : targets) {
            page.navigate(target);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            shot(role + "-" + slug(target) + "-1366");
        }
    }

    private static String slug(String path) {
        String s = path.replaceAll("^/", "").replaceAll("[^A-Za-z0-9]+", "_");
        return s.isEmpty() ? "home" : s;
    }

    private void shot(String name) {
        saveScreenshot("PhoneWidth-" + name);
    }
}
