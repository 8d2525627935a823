package cn.dangjian.e2e;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.dues.DuesPayments;
import cn.dangjian.dues.PaymentMethod;
import cn.dangjian.dues.RecordPayment;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.TestTree;
import com.microsoft.playwright.Download;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The branch 组织委员's year of dues in the browser: the annual 核定 of three members on one form, this month's
 * payments recorded in one step on the register, the DF-13 finding of a member who has paid nothing this year
 * closing once the 补交 (with the branch's consent, DF-12) is recorded from the finding's own link, and the
 * month's 收缴登记表 downloaded with every member and amount in it.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DuesBrowserTests extends BrowserTest {

    @Autowired
    TestTree trees;
    @Autowired
    Members members;
    @Autowired
    DuesPayments payments;
    @Autowired
    Compliance compliance;

    @Test
    void theOrganisationCommitteeMemberAssessesRecordsAMonthClosesAnArrearsFindingAndDownloadsTheRegister() throws Exception {
        TestTree.Tree t = trees.build();
        AccessScope system = AccessScope.system();
        long payer = members.create(system, TestTree.member("王按月", t.a1(), MemberKind.FULL));
        long debtor = members.create(system, TestTree.member("周欠交", t.a1(), MemberKind.FULL));
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        YearMonth current = YearMonth.from(today);
        int year = today.getYear();

        login(secretary, TestTree.PASSWORD);
        page.navigate("/dues/assessments?orgId=" + t.a1() + "&year=" + year);
        for (int i = 0; i < 3; i++) {
            page.locator("[name='rows[" + i + "].category']").selectOption("CIVIL_SERVANT");
        }
        page.locator("[name='rows[0].base']").fill("4800");
        page.locator("[name='rows[1].base']").fill("5000.01");
        page.locator("[name='rows[2].base']").fill("3000");
        screenshot("assessment-form");
        page.locator("#assess-all").click();
        assertThat(page.locator("#assessment-table")).containsText("48.00");
        assertThat(page.locator("#assessment-table")).containsText("75.00");
        assertThat(page.locator("#assessment-table")).containsText("15.00");
        screenshot("assessed");

        // the months before this one were paid by the two others in earlier sessions
        for (long id : List.of(t.memberA1(), payer)) {
            List<YearMonth> earlier = new java.util.ArrayList<>();
            for (YearMonth m = YearMonth.of(year, 1); m.isBefore(current); m = m.plusMonths(1)) {
                earlier.add(m);
            }
            if (!earlier.isEmpty()) {
                payments.record(system, new RecordPayment(id, earlier, null, earlier.get(earlier.size() - 1).atDay(5)
                        .isAfter(today) ? today : earlier.get(earlier.size() - 1).atDay(5), PaymentMethod.SELF, null,
                        "支委会同意补交", null));
            }
        }

        page.navigate("/dues?orgId=" + t.a1() + "&month=" + current);
        page.locator("#pick-" + t.memberA1()).check();
        page.locator("#pick-" + payer).check();
        page.locator("#record-month").click();
        assertThat(page.locator("#notice")).isVisible();
        assertThat(page.locator("#register-table tr:has-text('王按月')")).containsText("本人交纳");
        screenshot("month-recorded");

        if (current.getMonthValue() > 1) {
            compliance.reevaluateOrgs(List.of(t.a1()));
            page.navigate("/compliance?orgId=" + t.a1());
            // the member has other items too (no organizational life recorded in this tree): the dues one is DF-13
            var finding = page.locator("#finding-list .list-group-item:has-text('周欠交'):has-text('DF-13')");
            assertThat(finding).hasCount(1);
            screenshot("arrears-finding");
            finding.locator("a.task-do").click();
            assertThat(page.locator("h1")).containsText("周欠交");
            for (YearMonth m = YearMonth.of(year, 1); !m.isAfter(current); m = m.plusMonths(1)) {
                page.locator("#month-" + m).check();
            }
            page.locator("#consent").fill("支委会" + today + "研究同意补交");
            page.locator("#payment-save").click();
            assertThat(page.locator("#payments-table")).containsText(String.valueOf(year));
            screenshot("back-paid");

            compliance.reevaluateOrgs(List.of(t.a1()));
            page.navigate("/compliance?orgId=" + t.a1());
            assertThat(page.locator("#finding-list")).isVisible();
            assertThat(page.locator("#finding-list .list-group-item:has-text('周欠交'):has-text('DF-13')")).hasCount(0);
            screenshot("finding-closed");
        }

        page.navigate("/dues?orgId=" + t.a1() + "&month=" + current);
        Download download = page.waitForDownload(() -> page.locator("#downloads a:has-text('收缴登记表 Excel')").click());
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            DataFormatter format = new DataFormatter();
            StringBuilder text = new StringBuilder();
            for (Row row : book.getSheetAt(0)) {
                row.forEach(c -> text.append(format.formatCellValue(c)).append('|'));
            }
            assertThat(text.toString()).contains("王按月", "周欠交", "48.00", "75.00");
        }
        assertThat(download.suggestedFilename()).endsWith(".xlsx");
    }
}
