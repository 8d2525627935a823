package cn.dangjian.e2e;

import java.util.ArrayList;
import java.util.List;

import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main pages under the strict Content-Security-Policy (no inline script, handler or style): each loads without
 * a violation in the console (checked after every browser test), and the behaviour that used to sit in inline
 * handlers — confirmations, expanding the tree, printing, submitting on change, going back — still works.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PagesUnderCspBrowserTests extends BrowserTest {

    @Autowired
    TestTree trees;
    @Autowired
    OrgUnits orgs;

    @Test
    void theMainPagesLoadWithoutAnyViolation() {
        TestTree.Tree t = trees.build();
        String staff = trees.account("WORK_COMMITTEE_STAFF", t.root(), null);
        login(staff, TestTree.PASSWORD);
        List<String> pages = List.of("/", "/orgs", "/orgs/" + t.a1(), "/orgs/new", "/members", "/members/new",
                "/members/" + t.memberA1(), "/members/imports", "/compliance?orgId=" + t.a1(),
                "/compliance/matrix?orgId=" + t.root(), "/compliance/rules", "/meetings?orgId=" + t.a1(),
                "/meetings/overview?orgId=" + t.root(), "/meetings/plan?orgId=" + t.a1(), "/talks?orgId=" + t.a1(),
                "/appraisals?orgId=" + t.a1(), "/study-plans?orgId=" + t.a1(), "/recruitment",
                "/recruitment/new?orgId=" + t.a1(), "/recruitment/pipeline?orgId=" + t.root(), "/calendar",
                "/parameters", "/documents/templates?orgId=" + t.a1(), "/units", "/units/new", "/account/tokens",
                "/password", "/no-such-page", "/swagger-ui/index.html");
        List<String> failed = new ArrayList<>();
        for (String path : pages) {
            com.microsoft.playwright.Response response = page.navigate(path);
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            if (response == null || response.status() >= 500) {
                failed.add(path + " → " + (response == null ? "no answer" : response.status()));
            }
        }
        assertThat(failed).isEmpty();
        page.navigate("/no-such-page");
        assertThat(page.locator("main")).containsText("您访问的地址不存在");
    }

    /**
     * On the real server (MockMvc has no servlet container to rewrite Location headers): a forged {@code Host}
     * header never comes back in a redirect, neither to the login page nor after one.
     */
    @Test
    void aForgedHostHeaderNeverComesBackInARedirect() throws Exception {
        for (String path : List.of("/members", "/meetings/mine", "/")) {
            String head = rawHead(path);
            assertThat(head).startsWith("HTTP/1.1 302");
            assertThat(head).containsIgnoringCase("Location: /login").doesNotContain("evil.example");
        }
    }

    private String rawHead(String path) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Accept: text/html\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String all = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return all.substring(0, Math.max(0, all.indexOf("\r\n\r\n")));
        }
    }

    @Test
    void theAuditorsPagesLoadWithoutAnyViolationAndReportTheChain() {
        String auditor = trees.account("AUDITOR", null, null);
        login(auditor, TestTree.PASSWORD);
        page.navigate("/audit");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        assertThat(page.locator("main")).containsText("审计日志完整");
        page.navigate("/password");
        assertThat(page.locator("main")).containsText("修改密码");
    }

    @Test
    void theSecurityAdministratorsAccountPageLoadsWithoutAnyViolation() {
        String security = trees.account("SECURITY_ADMIN", null, null);
        login(security, TestTree.PASSWORD);
        com.microsoft.playwright.Response response = page.navigate("/accounts?q=" + security);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("main")).containsText(security);
    }

    @Test
    void confirmationsTreeExpansionPrintingAndSubmitOnChangeWorkWithoutInlineHandlers() {
        TestTree.Tree t = trees.build();
        String staff = trees.account("WORK_COMMITTEE_STAFF", t.root(), null);
        login(staff, TestTree.PASSWORD);

        // Declining the confirmation keeps the organization; the dialog says what would happen.
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        page.navigate("/orgs/" + t.a2());
        page.fill("input[name=reason]", "机构调整");
        page.locator("form[action$='/dissolve'] button").click();
        assertThat(dialogs).containsExactly("确定撤销该组织吗？");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/orgs/" + t.a2() + "$"));
        assertThat(orgs.get(AccessScope.system(), t.a2()).active()).isTrue();

        // The tree expands a node once, marking it open.
        page.navigate("/orgs");
        com.microsoft.playwright.Locator toggle = page.locator("button.toggle[aria-label*='测试工委']").first();
        toggle.click();
        assertThat(toggle).hasText("▾");
        assertThat(toggle).isDisabled();
        assertThat(page.locator(".tree")).containsText("测试局机关党委");

        // The study plan's print button prints.
        page.navigate("/study-plans?orgId=" + t.a1());
        page.evaluate("() => { window.printed = false; window.print = () => { window.printed = true; }; }");
        page.locator("[data-print]").click();
        assertThat(page.evaluate("() => window.printed")).isEqualTo(true);

        // Choosing a quarter on the overview submits the form.
        page.navigate("/meetings/overview?orgId=" + t.root());
        page.selectOption("select[name=quarter]", "2");
        page.waitForURL("**quarter=2**");

        // “返回上一页” on the error page goes back.
        page.navigate("/orgs");
        page.navigate("/no-such-page");
        page.locator("[data-history-back]").click();
        page.waitForURL("**/orgs");
    }
}
