package cn.dangjian.e2e;

import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.TestTree;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role starts at the login page, lands on its home page and reaches the day's main task in one click from
 * there. The home page is photographed at desktop (1366) and phone (390) width, and at phone width it must fit the
 * screen.
 */
@ExtendWith(ScreenshotOnFailure.class)
class HomeBrowserTests extends BrowserTest {

    @Autowired
    TestTree trees;
    @Autowired
    Compliance compliance;
    @Autowired
    Meetings meetings;

    @Test
    void branchSecretaryOpensTheFormOfADueMeeting() {
        TestTree.Tree t = built();
        home(trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1()), "#home-branch");
        Locator themeDay = page.locator("#due-now [data-rule='JY-02'] a.task-do").first();
        assertThat(themeDay).hasText("记录主题党日");

        themeDay.click();
        assertThat(page.locator("h1")).containsText("记录主题党日");
        assertThat(page.locator("input[name=orgId]")).hasValue(String.valueOf(t.a1()));
        assertThat(page.locator("input[name=type]")).hasValue("THEME_DAY");
    }

    @Test
    void partyCommitteeOpensTheSubOrganizationThatNeedsAttention() {
        TestTree.Tree t = built();
        home(trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null), "#home-oversight");
        Locator first = page.locator("#attention-list .attention-org").first();
        assertThat(first.locator(".attention-reason")).not().isEmpty();
        String orgId = first.getAttribute("data-org-id");

        first.click();
        assertThat(page.locator("h1")).containsText("待办事项");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/compliance\\?orgId=" + orgId + "$"));
        assertThat(orgId).isIn(String.valueOf(t.a1()), String.valueOf(t.a2()));
    }

    @Test
    void workCommitteeOpensTheSubOrganizationThatNeedsAttention() {
        TestTree.Tree t = built();
        home(trees.account("WORK_COMMITTEE_STAFF", t.root(), null), "#home-oversight");
        assertThat(page.locator("#questions")).containsText("近3个月未开主题党日的组织");

        page.locator("#attention-list .attention-org").first().click();
        assertThat(page.locator("#finding-list .task-do").first()).isVisible();

        // the 待办事项 landing of the 工委 lists the sub-organizations that need attention, not "nothing to do"
        page.navigate("/compliance");
        assertThat(page.locator("#sub-organizations .attention-org").first()).isVisible();
        screenshot("compliance-390");
    }

    @Test
    void memberOpensTheirOrganizationalLife() {
        TestTree.Tree t = built();
        meetings.record(AccessScope.system(), new RecordMeeting(t.a1(), MeetingType.THEME_DAY, null, "重温入党誓词",
                null, LocalDateTime.now().minusHours(2), "会议室", t.memberA1(), t.memberA1(),
                List.of(new RecordMeeting.Attendance(t.memberA1(), AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem("重温入党誓词", null, null, null))));
        home(trees.account("MEMBER", t.a1(), t.memberA1()), "#home-member");
        assertThat(page.locator("#my-info")).containsText("入党日期");
        assertThat(page.locator("#my-life")).containsText("重温入党誓词");

        page.locator("#to-my-life").click();
        assertThat(page.locator("h1")).hasText("我的组织生活");
        assertThat(page.locator("#my-meetings")).isVisible();
    }

    @Test
    void systemAdministratorOpensTheAccounts() {
        home(trees.account("PLATFORM_ADMIN", null, null), "#home-accounts");
        assertThat(page.locator("#home-accounts")).not().containsText("审计");

        page.locator("#to-accounts").click();
        assertThat(page.locator("#accounts-table")).isVisible();
    }

    @Test
    void securityAdministratorOpensTheAccountsToUnlockOrGrant() {
        home(trees.account("SECURITY_ADMIN", null, null), "#home-accounts");
        assertThat(page.locator("#locked-accounts")).isVisible();

        page.locator("#to-accounts").click();
        assertThat(page.locator("#accounts-table")).isVisible();
    }

    @Test
    void auditorOpensTheAuditTrail() {
        home(trees.account("AUDITOR", null, null), "#home-auditor");
        assertThat(page.locator("#audit-integrity-result")).containsText("完整");

        page.locator("#to-audit").click();
        assertThat(page.locator("h1")).containsText("审计日志");
    }

    private TestTree.Tree built() {
        TestTree.Tree t = trees.build();
        compliance.reevaluateSubtree(t.root());
        return t;
    }

    /**
     * Signs in, checks the home page is this role's, photographs it at desktop and phone width (where it must fit the
     * screen), and leaves the browser at phone width: the one click is made as a phone user would make it.
     */
    private void home(String username, String section) {
        login(username, TestTree.PASSWORD);
        assertThat(page.locator(section)).isVisible();
        screenshot("home-1366");
        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.locator(section)).isVisible();
        screenshot("home-390");
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("document width at 390 px").isLessThanOrEqualTo(390);
    }
}
