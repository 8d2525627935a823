package cn.dangjian.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.NewTerm;
import cn.dangjian.org.Committees;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.org.TermFormation;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.TestTree;
import com.microsoft.playwright.Download;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A branch secretary records a 支委会 with a vote from the plan page and downloads its record as PDF. */
@ExtendWith(ScreenshotOnFailure.class)
class MeetingBrowserTests extends BrowserTest {

    @Autowired
    TestTree trees;
    @Autowired
    Members members;
    @Autowired
    OrgUnits orgs;
    @Autowired
    Committees committees;
    @Autowired
    Meetings meetings;

    @Test
    void aSecretaryRecordsACommitteeMeetingWithAVoteAndDownloadsTheRecord() throws Exception {
        TestTree.Tree t = trees.build();
        AccessScope system = AccessScope.system();
        List<Long> committee = new ArrayList<>(List.of(t.memberA1()));
        committee.add(members.create(system, TestTree.member("孙组织", t.a1(), MemberKind.FULL)));
        committee.add(members.create(system, TestTree.member("钱纪检", t.a1(), MemberKind.FULL)));
        committees.recordTerm(system, t.a1(), new NewTerm(1, LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1),
                TermFormation.ELECTED, List.of(new NewTerm.Assignment(CommitteePost.SECRETARY, committee.get(0)),
                new NewTerm.Assignment(CommitteePost.ORGANIZATION_MEMBER, committee.get(1)),
                new NewTerm.Assignment(CommitteePost.DISCIPLINE_MEMBER, committee.get(2)))));
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());

        meetings.record(AccessScope.system(), new RecordMeeting(t.a1(), MeetingType.COMMITTEE_MEETING, null, "上月支委会",
                null, LocalDate.now().minusDays(30).atTime(0, 0), "支部活动室", committee.get(0), committee.get(1),
                committee.stream().map(m -> new RecordMeeting.Attendance(m, AttendanceStatus.PRESENT, null)).toList(),
                List.of(new RecordMeeting.AgendaItem("学习", null, null, null))));

        login(secretary, TestTree.PASSWORD);
        page.navigate("/meetings/plan?orgId=" + t.a1());
        assertThat(page.locator("#plan-table")).containsText("支委会");
        screenshot("plan");
        page.click("#record-meeting a[data-record-type=COMMITTEE_MEETING]");

        // filled in from last month's 支委会: place, chair, recorder; everyone present
        assertThat(page.locator("#place")).hasValue("支部活动室");
        assertThat(page.locator("#hostMemberId")).hasValue(String.valueOf(committee.get(0)));
        assertThat(page.locator("#recorderMemberId")).hasValue(String.valueOf(committee.get(1)));
        assertThat(page.locator("#heldAt")).hasValue(java.util.regex.Pattern.compile("^" + LocalDate.now() + "T00:00$"));
        assertThat(page.locator("#attendance-list input[value=PRESENT]:checked")).hasCount(3);
        page.fill("#topic", "研究发展党员工作");
        assertThat(page.locator("[aria-label=议题1]")).hasValue("研究发展党员工作");
        page.locator("[data-member-id='" + committee.get(2) + "'] label:has(input[value=EXCUSED])").click();
        page.locator("[data-member-id='" + committee.get(2) + "'] select[name^=reasonChoice]").selectOption("外出培训");
        page.fill("[aria-label=讨论记录1]", "与会委员逐一发表意见");
        page.fill("[aria-label=决定事项1]", "同意确定为入党积极分子，报上级党委备案");
        page.click("[aria-label=表决1]");
        assertThat(page.locator("[aria-label=赞成票1]")).hasValue("2");
        page.click("#add-item");
        page.fill("[aria-label=议题2]", "其他事项");
        page.click("#add-item");
        assertThat(page.locator("#agenda-rows .agenda-row")).hasCount(3);
        page.locator("#agenda-rows .agenda-row").nth(2).locator("[data-agenda-remove]").click();
        assertThat(page.locator("#agenda-rows .agenda-row")).hasCount(2);
        screenshot("form");
        page.setViewportSize(390, 844);
        screenshot("form-phone");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        page.setViewportSize(1366, 900);
        page.click("#meeting-save");

        assertThat(page.locator("#meeting-title")).containsText("支委会：研究发展党员工作");
        assertThat(page.locator("#meeting-counts")).containsText("应到3人");
        assertThat(page.locator(".vote-outcome").first()).containsText("赞成2票，反对0票，弃权0票，赞成票超过应到会委员3人的半数，通过");
        assertThat(page.locator("#meeting-on-leave")).containsText("钱纪检（外出培训）");
        assertThat(page.locator("#meeting-absent")).hasText("无");
        screenshot("recorded");

        Download download = page.waitForDownload(() -> page.click("#download-pdf"));
        Path pdf = Files.createTempFile("会议记录", ".pdf");
        download.saveAs(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("研究发展党员工作").contains("其他事项").contains("赞成2票")
                    .contains("请假人员及事由钱纪检（外出培训）").contains("缺席人员无");
        }
        Files.deleteIfExists(pdf);
    }

    @Test
    void aSecretaryTypesCriticismAndSelfCriticismOnTheOrganizationalLifeMeetingPage() {
        TestTree.Tree t = trees.build();
        AccessScope system = AccessScope.system();
        long away = members.create(system, TestTree.member("赵请假", t.a1(), MemberKind.FULL));
        long meeting = meetings.record(system, new RecordMeeting(t.a1(), MeetingType.ORG_LIFE_MEETING, null,
                "年度组织生活会", null, LocalDate.now().minusDays(1).atTime(14, 0), "支部活动室", t.memberA1(),
                t.memberA1(), List.of(new RecordMeeting.Attendance(t.memberA1(), AttendanceStatus.PRESENT, null),
                        new RecordMeeting.Attendance(away, AttendanceStatus.EXCUSED, "外出培训")),
                List.of(new RecordMeeting.AgendaItem("开展批评与自我批评", null, null, null))));
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());

        login(secretary, TestTree.PASSWORD);
        page.navigate("/meetings/" + meeting);
        assertThat(page.locator("#criticism-table tbody tr")).hasCount(1);
        page.locator("[data-member-id='" + t.memberA1() + "'] textarea[name^=self]")
                .fill("理论学习不够系统，\n联系群众不够紧密。");
        page.locator("[data-member-id='" + t.memberA1() + "'] textarea[name^=received]").fill("建议多到基层一线调研。");
        page.click("#criticism-save");

        assertThat(page.locator("#notice")).containsText("已保存批评与自我批评");
        assertThat(page.locator("[data-member-id='" + t.memberA1() + "'] textarea[name^=received]"))
                .hasValue("建议多到基层一线调研。");
        screenshot("criticism");
    }
}
