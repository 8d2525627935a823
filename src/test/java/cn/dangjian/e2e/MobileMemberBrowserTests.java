package cn.dangjian.e2e;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;

import cn.dangjian.support.PdfFiles;
import cn.dangjian.support.TestTree;
import com.microsoft.playwright.Download;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 流动党员 in the browser (ZJ-09): the secretary registers a member's outflow from the member's page on a phone,
 * the inflow branch's secretary finds the member in its own list and records a contact with the organizational life
 * attended there, and the home secretary ends the entry when the member is back — the 流动 mark comes and goes with it;
 * for a shorter absence the secretary prints a 党员证明信 (ZJ-01), an absence over 6 months refused with the reason.
 */
@ExtendWith(ScreenshotOnFailure.class)
class MobileMemberBrowserTests extends BrowserTest {

    @Autowired
    TestTree trees;

    @Test
    void aSecretaryRegistersAnOutflowTheInflowBranchRecordsAContactAndTheSecretaryEndsIt() throws Exception {
        TestTree.Tree t = trees.build();
        String home = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String inflow = trees.account("BRANCH_SECRETARY", t.a2(), t.memberA2());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        page.setViewportSize(390, 844);
        login(home, TestTree.PASSWORD);
        page.navigate("/members/" + t.memberA1());
        page.locator("#start-mobile").click();
        assertThat(PhoneLayoutProbe.problems(page, "outflow form")).as("fits a 390 px phone").isEmpty();
        page.locator("#destination").fill("广东省深圳市南山区");
        page.locator("#reason").fill("借调至驻深办事处");
        page.locator("#since").fill(today.minusMonths(2).toString());
        page.locator("#phone").fill("12345");
        page.locator("#fixedPlace").check();
        page.locator("#inflowOrgId").selectOption(String.valueOf(t.a2()));
        page.locator("#mobile-save").click();
        assertThat(page.locator("#form-problems")).containsText("联系电话");
        assertThat(page.locator("#destination")).hasValue("广东省深圳市南山区"); // nothing typed is lost
        assertThat(page.locator("#fixedPlace")).isChecked();
        page.locator("#phone").fill("13912345678");
        page.locator("#mobile-save").click();
        assertThat(page.locator("#mobile-state")).hasText("正在流动");
        assertThat(page.locator("#next-contact")).hasText(today.minusMonths(2).plusMonths(6).toString());
        screenshot("registered-390");
        assertThat(PhoneLayoutProbe.problems(page, "mobile entry")).as("fits a 390 px phone").isEmpty();
        page.locator("#member-link").click();
        assertThat(page.locator("body")).containsText("流动党员");
        assertThat(page.locator("body")).containsText("外出流动");
        context.clearCookies();

        login(inflow, TestTree.PASSWORD);
        page.navigate("/mobile-members");
        assertThat(PhoneLayoutProbe.problems(page, "mobile list")).as("fits a 390 px phone").isEmpty();
        page.locator("#mobile-table a:has-text('王一')").click();
        page.locator("#note").fill("参加本支部主题党日");
        page.locator("#attendedElsewhere").check();
        page.locator("#contact-save").click();
        assertThat(page.locator("#contacts")).containsText("在流入地参加组织生活");
        assertThat(page.locator("#end-section")).hasCount(0);
        context.clearCookies();

        page.setViewportSize(1366, 900);
        login(home, TestTree.PASSWORD);
        page.navigate("/members/" + t.memberA1());
        page.locator("#to-mobile").click();
        page.locator("#endReason").fill("借调期满返回原单位");
        page.onDialog(dialog -> dialog.accept());
        page.locator("#end-save").click();
        assertThat(page.locator("#mobile-state")).hasText("已结束");
        screenshot("ended");
        page.navigate("/members/" + t.memberA1());
        assertThat(page.locator("body")).containsText("结束流动");
        assertThat(page.locator("#start-mobile")).isVisible();

        // a shorter absence: a 党员证明信 instead (ZJ-01)
        page.locator("#start-certificate").click();
        page.locator("#addressee").fill("中共省委党校委员会组织部");
        page.locator("#destination").fill("省委党校");
        page.locator("#purpose").fill("参加中青年干部培训班");
        page.locator("#months").fill("8");
        page.locator("#certificate-save").click();
        assertThat(page.locator("#form-problems")).containsText("组织关系转接");
        assertThat(page.locator("#purpose")).hasValue("参加中青年干部培训班");
        page.locator("#months").fill("3");
        Download pdf = page.waitForDownload(() -> page.locator("#certificate-save").click());
        assertThat(PdfFiles.text(Files.readAllBytes(pdf.path()))).contains("党员证明信", "中共省委党校委员会组织部：",
                "三个月");
    }
}
