package cn.dangjian.e2e;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 责任清单 and 述职评议 in the browser: the 工委 issues the year's list from the template and a branch secretary sees
 * the branch's duties with their status from the records; the 机关党委 opens its round, the branch secretary opens the
 * 述职 draft on a phone, finds the year's numbers already there, writes and submits; the 机关党委 records the 评议
 * with a problem, which the secretary then sees.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ResponsibilityBrowserTests extends BrowserTest {

    @Autowired
    TestTree trees;
    @Autowired
    Meetings meetings;

    @Test
    void aSecretaryOpensTheDraftSeesTheYearsNumbersSubmitsAndIsGraded() {
        TestTree.Tree t = trees.build();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        meetings.record(AccessScope.system(), new RecordMeeting(t.a1(), MeetingType.BRANCH_ASSEMBLY, null, "支部党员大会",
                null, today.withDayOfMonth(1).atTime(15, 0), "会议室", t.memberA1(), t.memberA1(),
                List.of(new RecordMeeting.Attendance(t.memberA1(), AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem("学习", null, null, null))));
        String staff = trees.account("WORK_COMMITTEE_STAFF", t.root(), null);
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());

        login(staff, TestTree.PASSWORD);
        page.navigate("/duties?orgId=" + t.root());
        page.locator("#list-new").click();
        page.locator("#title").fill("");
        page.locator("#duty-list-save").click();
        assertThat(page.locator("#form-problems")).containsText("清单名称");
        assertThat(page.locator("#text-0")).not().isEmpty(); // the rows typed or prefilled are kept
        page.locator("#title").fill(today.getYear() + "年度党建工作责任清单");
        page.locator("#duty-list-save").click();
        assertThat(page.locator("#notice")).containsText("责任清单已印发");
        assertThat(page.locator("#overview-table")).containsText("测试局第一党支部");
        screenshot("list-issued");
        context.clearCookies();

        page.setViewportSize(390, 844);
        login(secretary, TestTree.PASSWORD);
        page.navigate("/duties");
        assertThat(page.locator("#duties-table")).containsText("每季度至少召开一次支部党员大会");
        assertThat(page.locator("#duties-table .duty-status").first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(PhoneLayoutProbe.problems(page, "duties page"))
                .as("fits a 390 px phone").isEmpty();
        context.clearCookies();

        page.setViewportSize(1366, 900);
        login(committee, TestTree.PASSWORD);
        page.navigate("/reviews");
        page.locator("#round-open").click();
        assertThat(page.locator("#notice")).containsText("述职评议已开始");
        assertThat(page.locator("#rounds")).containsText("测试局第一党支部");
        context.clearCookies();

        page.setViewportSize(390, 844);
        login(secretary, TestTree.PASSWORD);
        page.navigate("/reviews");
        page.locator("#own-table .review-link").first().click();
        assertThat(page.locator("[data-section=组织生活] dd[data-label=支部党员大会]")).hasText("1次");
        assertThat(page.locator("[data-section=党费]")).containsText("实交");
        page.locator("#narrative-submit").click();
        assertThat(page.locator("#form-problems")).containsText("述职报告");
        page.locator("#narrative-text").fill("一年来，支部坚持三会一课制度，按期召开支部党员大会。");
        page.locator("#narrative-submit").click();
        assertThat(page.locator("#notice")).containsText("述职已提交");
        assertThat(page.locator("#review-state")).hasText("已述职待评议");
        screenshot("review-submitted-390");
        org.assertj.core.api.Assertions.assertThat(PhoneLayoutProbe.problems(page, "review page"))
                .as("fits a 390 px phone").isEmpty();
        String reviewUrl = page.url();
        context.clearCookies();

        page.setViewportSize(1366, 900);
        login(committee, TestTree.PASSWORD);
        page.navigate(reviewUrl);
        page.locator("#grade-0").fill("6");
        page.locator("#grade-1").fill("2");
        page.locator("#assessment-save").click();
        assertThat(page.locator("#form-problems")).containsText("综合评价");
        assertThat(page.locator("#grade-0")).hasValue("6");
        page.locator("#result-select").selectOption("较好");
        page.locator("#problem-0").fill("谈心谈话没有做到全覆盖");
        page.locator("#measures-0").fill("年底前完成全体党员谈心谈话");
        page.locator("#deadline-0").fill(today.plusMonths(1).toString());
        page.locator("#owner-0").fill("王一");
        page.locator("#assessment-save").click();
        assertThat(page.locator("#notice")).containsText("评议结果已登记");
        assertThat(page.locator("#result")).hasText("较好");
        context.clearCookies();

        login(secretary, TestTree.PASSWORD);
        page.navigate(reviewUrl);
        assertThat(page.locator("#assessment")).containsText("谈心谈话没有做到全覆盖");
        assertThat(page.locator("#assessment-form")).hasCount(0);
    }
}
