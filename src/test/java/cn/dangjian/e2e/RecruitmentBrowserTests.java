package cn.dangjian.e2e;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.recruitment.OpenCase;
import cn.dangjian.recruitment.RecordStep;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.recruitment.StepKind;
import cn.dangjian.recruitment.StepResult;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.support.TestTree;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import static cn.dangjian.recruitment.StepKind.*;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A branch secretary takes an activist through the candidate stage on the case page — the 公示 refused when it
 * is shorter than 5 working days across 国庆, then accepted — and records the 支部党员大会's secret ballot.
 */
@ExtendWith(ScreenshotOnFailure.class)
class RecruitmentBrowserTests extends BrowserTest {

    @Autowired
    TestTree trees;
    @Autowired
    Members members;
    @Autowired
    Recruitment recruitment;

    @Test
    void aSecretaryTakesACandidateFromThePublicNoticeToTheBranchAssemblysVote() {
        TestTree.Tree t = trees.build();
        AccessScope system = AccessScope.system();
        List<Long> branch = new ArrayList<>(List.of(t.memberA1()));
        for (String name : List.of("孙培养", "李介绍", "周党员", "吴党员", "郑党员")) {
            branch.add(members.create(system, TestTree.member(name, t.a1(), MemberKind.FULL)));
        }
        long mentor = branch.get(1);
        long sponsor = branch.get(2);
        long id = recruitment.open(system, new OpenCase(t.a1(), "陈思远",
                TestTree.citizenId(LocalDate.of(1997, 8, 16), 950, true), Ethnicity.HAN, EducationLevel.MASTER, null,
                "科员", "13912345678", LocalDate.of(2025, 3, 3), "递交入党申请书"));
        recruitment.record(system, id, RecordStep.on(APPLICATION_TALK, LocalDate.of(2025, 3, 20)).withMembers(List.of(t.memberA1())));
        recruitment.record(system, id, RecordStep.on(ACTIVIST_DESIGNATION, LocalDate.of(2025, 4, 1)).withUntil(LocalDate.of(2025, 4, 8)));
        recruitment.record(system, id, RecordStep.on(MENTORS, LocalDate.of(2025, 4, 2)).withMembers(List.of(mentor, sponsor)));
        recruitment.record(system, id, RecordStep.on(ASSESSMENT, LocalDate.of(2025, 10, 1)).withNote("表现良好"));
        recruitment.record(system, id, RecordStep.on(ASSESSMENT, LocalDate.of(2026, 4, 1)).withNote("表现良好"));
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());

        login(secretary, TestTree.PASSWORD);
        page.click("#nav-recruitment");
        assertThat(page.locator("#case-table")).containsText("陈思远");
        screenshot("list");
        page.click("#case-table a:has-text('陈思远')");
        assertThat(page.locator("#case-stage")).hasText("入党积极分子");
        assertThat(page.locator("#case-rules")).containsText("2014年");
        screenshot("activist");

        choose(PUBLIC_NOTICE);
        page.fill("#step-on", "2026-09-28");
        page.fill("#step-until", "2026-10-02");
        page.selectOption("#step-result", "PASSED");
        page.fill("#step-note", "在本单位公示栏和内网公示");
        page.click("#step-save");
        assertThat(page.locator("#form-problems")).containsText("公示期不少于5个工作日");
        assertThat(page.locator("#form-problems")).containsText("只有3个工作日，最早应至2026-10-09");
        assertThat(page.locator("#form-problems")).containsText("FZ-08");
        assertThat(page.locator("#step-until")).hasValue("2026-10-02");
        assertThat(page.locator("#step-note")).hasValue("在本单位公示栏和内网公示");
        screenshot("notice-refused");
        page.fill("#step-until", "2026-10-09");
        page.click("#step-save");
        assertThat(page.locator("#notice")).containsText("发展对象公示");
        assertThat(page.locator("#case-timeline [data-step=PUBLIC_NOTICE]")).containsText("2026-10-09");

        choose(CANDIDATE_DESIGNATION);
        page.fill("#step-on", "2026-10-12");
        page.click("#step-save");
        assertThat(page.locator("#case-stage")).hasText("发展对象");

        choose(SPONSORS);
        page.fill("#step-on", "2026-10-13");
        page.selectOption("#step-member-0", String.valueOf(mentor));
        page.selectOption("#step-member-1", String.valueOf(sponsor));
        page.click("#step-save");
        assertThat(page.locator("#case-timeline [data-step=SPONSORS]")).containsText("孙培养、李介绍");

        choose(POLITICAL_REVIEW);
        page.fill("#step-on", "2026-10-20");
        page.selectOption("#step-result", "PASSED");
        page.click("#step-save");
        assertThat(page.locator("#notice")).containsText("政治审查");

        choose(TRAINING);
        page.fill("#step-on", "2026-10-21");
        page.fill("#step-until", "2026-10-23");
        page.fill("#step-days", "3");
        page.fill("#step-hours", "24");
        page.click("#step-save");
        assertThat(page.locator("#notice")).containsText("短期集中培训");
        assertThat(page.locator("#for-committee")).containsText("上级党委预审");
        screenshot("candidate");

        recruitment.record(trees.subtreeScope(t.a()), id, RecordStep.on(PRE_REVIEW, LocalDate.of(2026, 10, 26))
                .withResult(StepResult.PASSED));
        page.reload();
        page.click("#to-ADMISSION_ASSEMBLY");
        assertThat(page.locator("#assembly-title")).containsText("讨论接收预备党员");
        page.fill("#heldAt", "2026-11-20T15:00");
        page.fill("#place", "三楼会议室");
        page.selectOption("#hostMemberId", String.valueOf(t.memberA1()));
        page.selectOption("#recorderMemberId", String.valueOf(mentor));
        long away = branch.get(5);
        // everyone is marked present already; the secretary marks only the one on leave, choosing the reason
        assertThat(page.locator("#attendance-list input[value=PRESENT]:checked"))
                .hasCount(page.locator("#attendance-list .att-row").count());
        page.locator("[data-member-id='" + away + "'] label:has(input[value=EXCUSED])").click();
        page.locator("[data-member-id='" + away + "'] select[name^=reasonChoice]").selectOption("外出培训");
        page.locator("[data-case-id='" + id + "'] textarea[name^=performance]").fill("政治立场坚定，工作积极主动，群众评价好");
        // the ballot counts follow the attendance: every voter present in favour until typed otherwise
        assertThat(page.locator("[aria-label='赞成票（陈思远）']")).hasValue("5");
        assertThat(page.locator("[aria-label='反对票（陈思远）']")).hasValue("0");
        page.fill("[aria-label='书面意见赞成（陈思远）']", "1");
        screenshot("assembly");
        page.click("#assembly-save");

        assertThat(page.locator("#notice")).containsText("已记录支部党员大会");
        assertThat(page.locator("#case-timeline [data-step=ADMISSION_ASSEMBLY]")).containsText("通过");
        assertThat(page.locator("#case-timeline [data-step=ADMISSION_ASSEMBLY] .vote-text")).containsText("赞成6票");
        assertThat(page.locator("#case-timeline [data-step=ADMISSION_ASSEMBLY] .vote-text")).containsText("书面意见1份");
        assertThat(page.locator("#case-probation")).containsText("2026-11-20");
        screenshot("assembly-recorded");
    }

    /** Picks the step to record (once htmx is ready) and waits until htmx has swapped in that step's fields. */
    private void choose(StepKind kind) {
        page.waitForLoadState(LoadState.LOAD);
        page.selectOption("#kind", kind.name());
        assertThat(page.locator("#step-fields")).hasAttribute("data-kind", kind.name());
    }
}
