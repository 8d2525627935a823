package cn.dangjian.e2e;

import java.time.LocalDate;
import java.time.ZoneId;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 督查督办 in the browser (DB-01…DB-04): the 工委 assigns a task to two 机关党委; one reports from a phone, the 工委
 * reviews the report and closes that part; the other lets its deadline pass and shows, overdue, among the
 * sub-organizations on the 工委's 待办事项 page.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DutyBrowserTests extends BrowserTest {

    @Autowired
    TestTree trees;
    @Autowired
    OrgUnits orgs;
    @Autowired
    Compliance compliance;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theWorkCommitteeAssignsOneCommitteeReportsAndIsClosedTheOtherIsOverdue() {
        TestTree.Tree t = trees.build();
        long b = orgs.create(AccessScope.system(), new NewOrgUnit(t.root(), OrgType.PARTY_COMMITTEE, "测试委机关党委" + t.root(),
                null, null, null));
        String staff = trees.account("WORK_COMMITTEE_STAFF", t.root(), null);
        String committeeA = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        login(staff, TestTree.PASSWORD);
        page.navigate("/tasks");
        page.locator("#task-new").click();
        page.locator("#title").fill("开展党支部标准化规范化建设自查");
        page.locator("#source").selectOption("HIGHER_DECISION");
        page.locator("#sourceNote").fill("锦直机工〔2026〕12号");
        page.locator("#content").fill("对照标准逐项自查，形成问题清单并整改。");
        page.locator("#deadline").fill(today.plusDays(5).toString());
        page.locator("#assigneeOrgIds").selectOption(new String[] {String.valueOf(t.a()), String.valueOf(b)});
        page.locator("#task-save").click();
        assertThat(page.locator("#form-problems")).containsText("办结标准");
        assertThat(page.locator("#form-problems")).containsText("牵头党组织");
        assertThat(page.locator("#title")).hasValue("开展党支部标准化规范化建设自查"); // nothing typed is lost
        page.locator("#criteria").fill("提交自查报告，问题已整改或有整改计划");
        page.locator("#leadOrgId").selectOption(String.valueOf(t.a()));
        page.locator("#task-save").click();
        assertThat(page.locator("#task-number")).containsText("督办〔");
        String taskUrl = page.url();
        screenshot("assigned");
        context.clearCookies();

        page.setViewportSize(390, 844);
        login(committeeA, TestTree.PASSWORD);
        page.navigate("/tasks");
        page.locator("#tasks-table a:has-text('标准化规范化建设自查')").click();
        page.locator("#part-" + partOf(t.a()) + " textarea[name=text]").fill("已完成自查，发现问题3个，已整改2个，1个列入明年计划。");
        page.locator("#part-" + partOf(t.a()) + " .report-save").click();
        assertThat(page.locator("#notice")).containsText("已反馈");
        screenshot("reported-390");
        org.assertj.core.api.Assertions.assertThat(PhoneLayoutProbe.problems(page, "task page")).as("fits a 390 px phone")
                .isEmpty();
        context.clearCookies();

        page.setViewportSize(1366, 900);
        login(staff, TestTree.PASSWORD);
        page.navigate(taskUrl);
        assertThat(page.locator("#part-" + partOf(t.a()))).containsText("已整改2个");
        page.locator("#part-" + partOf(t.a()) + " input[name=note]").first().fill("核对问题清单与整改记录一致，同意销号");
        page.locator("#part-" + partOf(t.a()) + " .close-save").click();
        assertThat(page.locator("#part-" + partOf(t.a()))).containsText("已销号");
        screenshot("closed");

        // the other 机关党委 lets its deadline pass
        jdbc.sql("UPDATE duty_assignment SET deadline = :d WHERE org_id = :b").param("d", today.minusDays(2))
                .param("b", b).update();
        compliance.reevaluateSubtree(t.root());
        page.navigate("/compliance?orgId=" + t.root()); // the 工委 staff reach every tree: this one's 待办事项
        assertThat(page.locator("#sub-organizations .attention-org[data-org-id='" + b + "']"))
                .containsText("督办事项未按期反馈1项");
        screenshot("overdue-on-workbench");
        page.navigate(taskUrl);
        assertThat(page.locator("#part-" + partOf(b))).containsText("逾期");
    }

    @Test
    void aBranchRecordsAnInspectionsProblemsFromAPhoneAndItsCommitteeClosesOneAfterReview() {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        page.setViewportSize(390, 844);
        login(secretary, TestTree.PASSWORD);
        page.navigate("/inspections");
        page.locator("#inspection-new").click();
        page.locator("#kind").selectOption("CIRCUIT");
        page.locator("#feedbackOn").fill(today.minusDays(10).toString());
        page.locator("#team").fill("区委第三巡察组");
        page.locator("#problem-0").fill("三会一课记录要素不全");
        page.locator("#measures-0").fill("逐次补齐会议记录");
        page.locator("#deadline-0").fill(today.plusDays(20).toString());
        page.locator("#problem-1").fill("党员活动室制度未上墙");
        page.locator("#measures-1").fill("当场整改");
        page.locator("#deadline-1").fill(today.minusDays(10).toString());
        page.locator("#owner-1").fill("王建国");
        page.locator("#immediate-1").check();
        page.locator("#inspection-save").click();
        assertThat(page.locator("#form-problems")).containsText("第1个问题的责任人");
        assertThat(page.locator("#problem-0")).hasValue("三会一课记录要素不全"); // nothing typed is lost
        org.assertj.core.api.Assertions.assertThat(PhoneLayoutProbe.problems(page, "inspection form"))
                .as("fits a 390 px phone").isEmpty();
        page.locator("#owner-0").fill("张明");
        page.locator("#inspection-save").click();
        assertThat(page.locator("#reports-due")).hasText(today.minusDays(10).plusMonths(2).toString());
        assertThat(page.locator("section[id^=item-]").nth(1)).containsText("立行立改");
        page.locator("section[id^=item-]").first().locator("input[name=note]").fill("已补齐全部会议记录");
        page.locator("section[id^=item-]").first().locator(".done-save").click();
        assertThat(page.locator("#notice")).containsText("已报告整改完成");
        assertThat(page.locator(".close-form")).hasCount(0); // the branch does not close its own items
        screenshot("inspection-390");
        String url = page.url();
        context.clearCookies();

        page.setViewportSize(1366, 900);
        login(committee, TestTree.PASSWORD);
        page.navigate(url);
        page.locator("section[id^=item-]").first().locator(".close-form input[name=note]").fill("抽查记录，同意销号");
        page.locator("section[id^=item-]").first().locator(".close-save").click();
        assertThat(page.locator("section[id^=item-]").first()).containsText("已销号");
        screenshot("inspection-closed");
    }

    private long partOf(long orgId) {
        return jdbc.sql("SELECT id FROM duty_assignment WHERE org_id = :o ORDER BY id DESC LIMIT 1").param("o", orgId)
                .query(Long.class).single();
    }
}
