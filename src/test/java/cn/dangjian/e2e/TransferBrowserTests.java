package cn.dangjian.e2e;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import cn.dangjian.dues.AssessMember;
import cn.dangjian.dues.DuesAssessments;
import cn.dangjian.dues.DuesCategory;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.ChangeParameter;
import cn.dangjian.parameters.RuleParameters;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.PdfFiles;
import cn.dangjian.support.TestTree;
import com.microsoft.playwright.Download;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 组织关系转接 in the browser, hand to hand (JY-09, ZJ-02…ZJ-08): a branch secretary sends a member to a branch of
 * another 机关党委, their own 机关党委 and then the 工委 approve (the deployment routes transfers through the 工委),
 * the receiving secretary accepts from the to-do list and finds the member on the roll with the history and the dues
 * still owed; then a letter out of the platform is printed as PDF — three parts, the figures in characters — and
 * its 回执 recorded when it comes back; and a whole office moved as one (整建制转移, ZJ-06) from a phone.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TransferBrowserTests extends BrowserTest {

    @Autowired
    TestTree trees;
    @Autowired
    OrgUnits orgs;
    @Autowired
    Members members;
    @Autowired
    RuleParameters parameters;
    @Autowired
    DuesAssessments assessments;

    @Test
    void aMemberIsSentApprovedTwiceAcceptedAndALetterOutIsPrintedAndItsReceiptRecorded() throws Exception {
        AccessScope system = AccessScope.system();
        TestTree.Tree t = trees.build();
        long b = orgs.create(system, new NewOrgUnit(t.root(), OrgType.PARTY_COMMITTEE, "测试委机关党委" + t.root(), null, null, null));
        long b1 = orgs.create(system, new NewOrgUnit(b, OrgType.BRANCH, "测试委综合处党支部" + t.root(), null, null, null));
        long receiverMember = members.create(system, TestTree.member("赵接收" + t.root(), b1, MemberKind.FULL));
        parameters.change(system, new ChangeParameter("transfer.route", t.root(), "COMMITTEE_AND_WORK_COMMITTEE", null,
                "市委组织部规定机关工委所属党组织组织关系转入转出一律经工委办理"));
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        assessments.assessAll(system, t.a1(), year, List.of(
                AssessMember.annual(t.memberA1(), year, DuesCategory.CIVIL_SERVANT, "4800")));
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        String workCommittee = trees.account("WORK_COMMITTEE_STAFF", t.root(), null);
        String receiving = trees.account("BRANCH_SECRETARY", b1, receiverMember);

        login(secretary, TestTree.PASSWORD);
        page.navigate("/members/" + t.memberA1());
        page.locator("#start-transfer").click();
        page.locator("#toOrgId").selectOption(String.valueOf(b1));
        page.locator("#transfer-save").click();
        assertThat(page.locator("#form-problems")).containsText("转接原因");
        page.locator("#reason").fill("工作调动至测试委综合处");
        screenshot("start");
        page.locator("#transfer-save").click();
        assertThat(page.locator("#state")).hasText("草稿");
        page.locator("#submit").click();
        assertThat(page.locator("#waiting")).containsText("测试局机关党委");
        screenshot("submitted");
        logout();

        login(committee, TestTree.PASSWORD);
        page.navigate("/transfers");
        page.locator("#todo a:has-text('王一')").click();
        page.locator("#approve").click();
        assertThat(page.locator("#waiting")).containsText("测试工委");
        logout();

        login(workCommittee, TestTree.PASSWORD);
        page.navigate("/transfers");
        page.locator("#todo a:has-text('王一')").click();
        page.locator("#approve").click();
        assertThat(page.locator("#state")).hasText("已转出待接收");
        assertThat(page.locator("#responsible")).containsText("测试局第一党支部");
        logout();

        login(receiving, TestTree.PASSWORD);
        page.navigate("/transfers");
        screenshot("incoming");
        page.locator("#todo a:has-text('王一')").click();
        page.locator("#accept").click();
        assertThat(page.locator("#state")).hasText("已接收");
        page.navigate("/members/" + t.memberA1());
        assertThat(page.locator("#member-name")).containsText("王一");
        assertThat(page.locator("body")).containsText("组织关系转接");
        YearMonth owed = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        page.navigate("/dues?orgId=" + b1 + "&month=" + owed);
        assertThat(page.locator("#register-table")).containsText("王一");
        assertThat(page.locator("#register-table")).containsText("48.00");
        screenshot("received-with-dues");
        logout();

        long leaving = members.create(system, TestTree.member("林远行" + t.root(), t.a1(), MemberKind.PROBATIONARY));
        login(secretary, TestTree.PASSWORD);
        page.navigate("/transfers/new?memberId=" + leaving);
        page.locator("#kind-out").check();
        page.locator("#toName").fill("中共江城大学委员会");
        page.locator("#addressee").fill("中共江城大学委员会组织部");
        page.locator("#carrier").selectOption("CONFIDENTIAL");
        page.locator("#reason").fill("考取全日制博士研究生");
        page.locator("#transfer-save").click();
        page.locator("#submit").click();
        logout();
        for (String approver : List.of(committee, workCommittee)) {
            login(approver, TestTree.PASSWORD);
            page.navigate("/transfers");
            page.locator("#todo a:has-text('林远行')").click();
            page.locator("#approve").click();
            logout();
        }

        login(secretary, TestTree.PASSWORD);
        page.navigate("/transfers?orgId=" + t.a1());
        page.locator("#transfers-table a:has-text('林远行')").click();
        assertThat(page.locator("#letter-no")).containsText("第" + year + "-001号");
        assertThat(page.locator("#letter")).containsText("测试工委"); // last on the route, the 工委 issues it (ZJ-08)
        screenshot("letter-issued");
        Download pdf = page.waitForDownload(() -> page.locator("#letter-pdf").click());
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        String text = PdfFiles.text(Files.readAllBytes(pdf.path()));
        assertThat(text).contains("第一联（存根）", "第二联（介绍信）", "第三联（回执）", "中共江城大学委员会组织部", "三十天",
                "林远行", "预备");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        page.locator("#receivedOn").fill(today);
        page.locator("#handler").fill("周敏");
        page.locator("#receipt-save").click();
        assertThat(page.locator("#state")).hasText("已接收");
        assertThat(page.locator("#receipt")).containsText("收回");
        screenshot("receipt-recorded");
        assertThat(page.locator("#responsible")).containsText("已转出");
        page.setViewportSize(390, 844);
        page.reload();
        screenshot("receipt-recorded-390");
        assertThat(PhoneLayoutProbe.problems(page, "transfer page")).as("fits a 390 px phone").isEmpty();
        page.navigate("/transfers?orgId=" + t.a1());
        assertThat(PhoneLayoutProbe.problems(page, "transfer list")).as("fits a 390 px phone").isEmpty();
        page.navigate("/transfers/new?memberId=" + members.create(system, TestTree.member("钱待转" + t.root(), t.a1(),
                MemberKind.FULL)));
        assertThat(PhoneLayoutProbe.problems(page, "transfer form")).as("fits a 390 px phone").isEmpty();
        page.setViewportSize(1366, 900);
        page.navigate("/members/" + leaving);
        assertThat(page.locator("body")).containsText("已转出");
    }

    @Test
    void aSecretaryOnAPhoneTakesAMemberInFromALetterAndSendsTheReceiptBack() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate birth = LocalDate.of(1998, 4, 12);
        String citizenId = TestTree.citizenId(birth, 870 + (int) (t.root() % 100), false);
        int age = java.time.Period.between(birth, today.minusDays(5)).getYears();

        page.setViewportSize(390, 844);
        login(secretary, TestTree.PASSWORD);
        page.navigate("/transfers");
        page.locator("#to-incoming").click();
        page.locator("#incoming-new").click();
        assertThat(PhoneLayoutProbe.problems(page, "incoming letter form")).as("fits a 390 px phone").isEmpty();
        page.locator("#issuer").fill("中共江城大学委员会组织部");
        page.locator("#fromName").fill("中共江城大学外国语学院研究生党支部委员会");
        page.locator("#letterNo").fill(t.root() + "-041");
        page.locator("#issuedOn").fill(today.minusDays(5).toString());
        page.locator("#validityDays").fill("30");
        page.locator("#duesPaidUpTo").fill(YearMonth.from(today).minusMonths(1).toString());
        page.locator("#orgId").selectOption(String.valueOf(t.a1()));
        page.locator("#receivedOn").fill(today.minusDays(1).toString());
        page.locator("#name").fill("苏雨晴");
        page.locator("#gender").selectOption("FEMALE");
        page.locator("#age").fill(String.valueOf(age + 5));
        page.locator("#citizenId").fill(citizenId);
        page.locator("#kind").selectOption("FULL");
        page.locator("#joinedOn").fill("2019-06-18");
        page.locator("#confirmedOn").fill("2020-06-20");
        page.locator("#incoming-save").click();
        assertThat(page.locator("#form-problems")).containsText("年龄");
        assertThat(page.locator("#issuer")).hasValue("中共江城大学委员会组织部"); // nothing typed is lost
        page.locator("#age").fill(String.valueOf(age));
        page.locator("#incoming-save").click();
        assertThat(page.locator("#notice")).containsText("苏雨晴的组织关系已转入");
        assertThat(page.locator("#receipt-state")).hasText("回执待寄出");
        screenshot("incoming-recorded-390");
        assertThat(PhoneLayoutProbe.problems(page, "incoming letter")).as("fits a 390 px phone").isEmpty();
        Download pdf = page.waitForDownload(() -> page.locator("#receipt-pdf").click());
        assertThat(PdfFiles.text(Files.readAllBytes(pdf.path()))).contains("党员组织关系介绍信回执",
                "中共江城大学委员会组织部：", "苏雨晴同志的党员组织关系已转达我处");
        page.locator("#handler").fill("周敏");
        page.locator("#receipt-save").click();
        assertThat(page.locator("#receipt-state")).hasText("回执已寄出");
        page.locator("#member-link").click();
        assertThat(page.locator("body")).containsText("组织关系转入");
        assertThat(page.locator("body")).containsText("正式党员");
        logout();

        page.setViewportSize(1366, 900);
        login(committee, TestTree.PASSWORD);
        page.navigate("/transfers/incoming");
        assertThat(page.locator("#incoming-table")).containsText("苏雨晴");
        assertThat(page.locator("#incoming-table")).containsText("已寄出");
        page.navigate("/transfers/incoming?pending=true");
        assertThat(page.locator("#incoming-table")).not().containsText("苏雨晴");
        screenshot("incoming-list");
    }

    @Test
    void aWholeOfficeIsSentFromAPhoneApprovedAndAcceptedAsOne() {
        TestTree.Tree t = trees.build();
        AccessScope system = AccessScope.system();
        members.create(system, TestTree.member("周若兰" + t.root(), t.a1(), MemberKind.FULL));
        members.create(system, TestTree.member("郑凯文" + t.root(), t.a1(), MemberKind.PROBATIONARY));
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        String receiving = trees.account("BRANCH_SECRETARY", t.a2(), t.memberA2());

        page.setViewportSize(390, 844);
        login(secretary, TestTree.PASSWORD);
        page.navigate("/transfers");
        page.locator("#to-batch").click();
        assertThat(page.locator("#batch-members")).containsText("可转接3名");
        page.locator("#pick-all").click();
        page.locator("#toOrgId").selectOption(String.valueOf(t.a2()));
        page.locator("#batch-save").click();
        assertThat(page.locator("#form-problems")).containsText("转接原因");
        assertThat(page.locator("#batch-members input:checked")).hasCount(3); // nothing ticked is lost
        assertThat(PhoneLayoutProbe.problems(page, "batch form")).as("fits a 390 px phone").isEmpty();
        page.locator("#reason").fill("机构改革，综合处整建制划入第二党支部所在单位");
        page.locator("#batch-save").click();
        assertThat(page.locator("#batch")).containsText("共3名党员一并转接");
        page.locator("#submit").click();
        assertThat(page.locator("#state")).hasText("审批中");
        screenshot("batch-submitted-390");
        assertThat(PhoneLayoutProbe.problems(page, "batch transfer")).as("fits a 390 px phone").isEmpty();
        logout();

        page.setViewportSize(1366, 900);
        login(committee, TestTree.PASSWORD);
        page.navigate("/transfers");
        page.locator("#todo a:has-text('等3名党员')").click();
        page.locator("#approve").click();
        assertThat(page.locator("#state")).hasText("已转出待接收");
        logout();

        login(receiving, TestTree.PASSWORD);
        page.navigate("/transfers");
        assertThat(page.locator("#todo a")).hasCount(1);
        page.locator("#todo a:has-text('等3名党员')").click();
        page.locator("#accept").click();
        assertThat(page.locator("#state")).hasText("已接收");
        screenshot("batch-accepted");
        page.navigate("/members?orgId=" + t.a2());
        for (String name : List.of("王一", "周若兰" + t.root(), "郑凯文" + t.root())) {
            assertThat(page.locator("body")).containsText(name);
        }
    }

    /** The next person signs in on a fresh session. */
    private void logout() {
        context.clearCookies();
    }
}
