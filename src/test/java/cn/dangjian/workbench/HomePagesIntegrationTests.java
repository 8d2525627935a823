package cn.dangjian.workbench;

import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.compliance.ComplianceAttention;
import cn.dangjian.compliance.OrgAttention;
import cn.dangjian.compliance.OrgCount;
import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestClock;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each role's home page on real data: two trees whose branches were set up in January and held no 主题党日 since,
 * except the second branch in April; evaluated in June. The 党委 sees its own sub-organizations worst first and
 * the branches that held no 主题党日 in the last three months, never another tree's; the branch secretary sees
 * their branch's duties with the button that does each, never the sibling branch's; the member only their own
 * meetings; the 三员 only their own work.
 */
@ClockedIntegrationTest
class HomePagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    Compliance compliance;
    @Autowired
    ComplianceAttention attention;
    @Autowired
    Meetings meetings;
    @Autowired
    OrgUnits orgs;

    TestTree.Tree t;
    TestTree.Tree other;

    @BeforeEach
    void twoTreesEvaluatedInJune() {
        clock.set(LocalDateTime.of(2025, 1, 10, 9, 0));
        t = trees.build();
        other = trees.build();
        clock.set(LocalDateTime.of(2025, 4, 20, 9, 0));
        record(t.a2(), MeetingType.THEME_DAY, "第二支部四月主题党日", t.memberA2(), LocalDateTime.of(2025, 4, 18, 9, 0));
        record(t.a1(), MeetingType.PARTY_LESSON, "第一支部二季度党课", t.memberA1(), LocalDateTime.of(2025, 4, 19, 9, 0));
        clock.set(LocalDateTime.of(2025, 6, 10, 9, 0));
        compliance.reevaluateSubtree(t.root());
        compliance.reevaluateSubtree(other.root());
    }

    @AfterEach
    void backToNow() {
        clock.set(LocalDateTime.now(TestClock.BEIJING));
    }

    @Test
    void theCommitteeSeesItsOwnSubOrganizationsWorstFirstWithTheReason() {
        ComplianceAttention.Attention found = attention.needingAttention(scopeAt(t.a()), t.a(), 10);

        assertThat(found.worst()).extracting(OrgAttention::orgId).containsExactly(t.a1(), t.a2());
        assertThat(found.total()).isEqualTo(2);
        OrgAttention worst = found.worst().get(0);
        assertThat(worst.name()).isEqualTo(name(t.a1()));
        assertThat(worst.late()).isGreaterThan(found.worst().get(1).late());
        assertThat(worst.reason()).contains("主题党日").contains("期未按期召开").doesNotContain("ZB-").doesNotContain("待核对");
        // the other tree's 党委 sees its own branches only
        assertThat(attention.needingAttention(scopeAt(other.a()), other.a(), 10).worst())
                .extracting(OrgAttention::orgId).containsExactlyInAnyOrder(other.a1(), other.a2());
    }

    @Test
    void theBranchesWithoutThemeDayInTheLastThreeMonthsAreCountedAndNamed() {
        OrgCount missed = attention.missedEveryMonth(scopeAt(t.a()), t.a(), ComplianceAttention.THEME_DAY, 3, 5);

        // March, April and May: the first branch held none, the second held April's
        assertThat(missed.total()).isEqualTo(1);
        assertThat(missed.first()).extracting(OrgCount.Named::orgId).containsExactly(t.a1());
        assertThat(missed.first().get(0).name()).isEqualTo(name(t.a1()));
    }

    @Test
    void noOneAsksAboutOrganizationsOutsideTheirScope() {
        AccessScope branch = scopeAt(t.a1());
        assertThatThrownBy(() -> attention.needingAttention(branch, t.a(), 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attention.needingAttention(scopeAt(other.a()), t.a(), 10))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attention.missedEveryMonth(scopeAt(t.a2()), t.a1(), ComplianceAttention.THEME_DAY, 3, 5))
                .isInstanceOf(NotFoundException.class);
        // a scope anchored at the second branch asking about its own subtree never counts the first
        assertThat(attention.missedEveryMonth(scopeAt(t.a2()), t.a2(), ComplianceAttention.THEME_DAY, 3, 5).total())
                .isZero();
    }

    @Test
    void theBranchSecretarysHomeListsTheBranchsDutiesWithTheButtonThatDoesEach() throws Exception {
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());

        mvc.perform(get("/").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"home-branch\""), containsString("本月要办"),
                        containsString(name(t.a1())), containsString("记录主题党日"),
                        containsString("/meetings/new?orgId=" + t.a1() + "&amp;type=THEME_DAY"),
                        containsString("JY-02"), containsString("同类事项"), containsString("党员名册"),
                        containsString("组织生活计划"))))
                .andExpect(content().string(allOf(not(containsString(name(t.a2()))), not(containsString("待核对")),
                        not(containsString("需要关注的下级组织")), not(containsString("id=\"my-life\"")),
                        not(containsString("orgId=" + t.a2() + "&amp;")))));
    }

    @Test
    void theCommitteesHomeAnswersWhichSubOrganizationsNeedAttention() throws Exception {
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);

        mvc.perform(get("/").with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"home-oversight\""),
                        containsString("需要关注的下级组织"), containsString(name(t.a1())), containsString(name(t.a2())),
                        containsString("主题党日"), containsString("近3个月未开主题党日的组织"),
                        containsString("逾期的发展党员环节"), containsString("即将届满的班子"),
                        containsString("/compliance?orgId=" + t.a1()))))
                .andExpect(content().string(allOf(not(containsString(name(other.a1()))), not(containsString("本月要办")),
                        not(containsString("id=\"my-life\"")))));
        // the 待办事项 landing of the 党委 lists its sub-organizations instead of "nothing to do"
        mvc.perform(get("/compliance").with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"sub-organizations\""),
                        containsString("data-org-id=\"" + t.a1() + "\""), not(containsString(name(other.a1()))))));
    }

    @Test
    void aMembersHomeShowsTheirOwnMeetingsAndRecordOnly() throws Exception {
        String member = trees.account("MEMBER", t.a1(), t.memberA1());

        mvc.perform(get("/").with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"home-member\""), containsString("我的组织生活"),
                        containsString("第一支部二季度党课"), containsString("我的信息"), containsString("入党日期"),
                        containsString("/members/" + t.memberA1()))))
                .andExpect(content().string(allOf(not(containsString("第二支部四月主题党日")),
                        not(containsString("本月要办")), not(containsString("需要关注的下级组织")))));
    }

    @Test
    void eachOfTheThreeAdministratorsSeesOnlyTheirOwnWork() throws Exception {
        String admin = trees.account("PLATFORM_ADMIN", null, null);
        String security = trees.account("SECURITY_ADMIN", null, null);
        String auditor = trees.account("AUDITOR", null, null);

        mvc.perform(get("/").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"home-accounts\""), containsString("系统管理"),
                        containsString("新开账号，尚未首次登录"), containsString("id=\"to-accounts\""))))
                .andExpect(content().string(allOf(not(containsString("审计")), not(containsString("已锁定的账号")),
                        not(containsString("需要关注的下级组织")))));
        mvc.perform(get("/").with(httpBasic(security, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("安全管理"), containsString("已锁定的账号"),
                        containsString("特权账号"), not(containsString("审计日志完整性")))));
        mvc.perform(get("/").with(httpBasic(auditor, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"home-auditor\""), containsString("审计日志完整性"),
                        containsString("最近的审计记录"), containsString("id=\"to-audit\""))))
                .andExpect(content().string(allOf(not(containsString("新开账号")), not(containsString("已锁定的账号")),
                        not(containsString("需要关注的下级组织")))));
    }

    private void record(long orgId, MeetingType type, String topic, long memberId, LocalDateTime at) {
        meetings.record(AccessScope.system(), new RecordMeeting(orgId, type, null, topic,
                type == MeetingType.PARTY_LESSON ? "书记" : null, at, "会议室", memberId, memberId,
                List.of(new RecordMeeting.Attendance(memberId, AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem(topic, null, null, null))));
    }

    private AccessScope scopeAt(long orgId) {
        return trees.subtreeScope(orgId, Permission.FINDING_VIEW, Permission.ORG_VIEW);
    }

    private String name(long orgId) {
        return orgs.ref(orgId).orElseThrow().name();
    }
}
