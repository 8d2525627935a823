package cn.dangjian.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.identity.AuditTrail;
import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The list pattern on meetings, findings, recruitment cases, the audit log and the accounts list. */
@IntegrationTest
@AutoConfigureMockMvc
class ListPatternWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    Meetings meetings;
    @Autowired
    Compliance compliance;
    @Autowired
    AuditTrail trail;
    @Autowired
    OrgUnits orgs;

    @Test
    void meetingsFilterByKeywordAndHeldDateSortAndExportExactlyThatList() throws Exception {
        TestTree.Tree t = trees.build();
        meeting(t.a1(), t.memberA1(), "党课：学习党章", 10);
        meeting(t.a1(), t.memberA1(), "支委会：研究发展对象", 40);
        meeting(t.a2(), t.memberA2(), "隔壁支部的党课", 5);
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String recent = LocalDate.now().minusDays(20).toString();

        assertThat(page(secretary, "/meetings?text=党课")).contains("党课：学习党章").doesNotContain("研究发展对象")
                .doesNotContain("隔壁支部");
        assertThat(page(secretary, "/meetings?from=" + recent)).contains("党课：学习党章").doesNotContain("研究发展对象");
        String byTopic = page(secretary, "/meetings?sort=topic&dir=asc");
        String byTopicDesc = page(secretary, "/meetings?sort=topic&dir=desc");
        assertThat(byTopic.indexOf("党课：学习党章")).isLessThan(byTopic.indexOf("支委会：研究发展对象"));
        assertThat(byTopicDesc.indexOf("党课：学习党章")).isGreaterThan(byTopicDesc.indexOf("支委会：研究发展对象"));
        mvc.perform(get("/meetings").param("sort", "held_at; DELETE FROM meeting")
                .with(httpBasic(secretary, TestTree.PASSWORD))).andExpect(status().isBadRequest());

        assertThat(page(secretary, "/meetings?from=" + recent)).contains("href=\"/meetings/list.xlsx?from=" + recent + "\"");
        assertThat(column(download(secretary, "/meetings/list.xlsx?from=" + recent), 2)).containsExactly("主题", "党课：学习党章");
        assertThat(column(download(secretary, "/meetings/list.xlsx"), 2)).doesNotContain("隔壁支部的党课");
        mvc.perform(get("/meetings/list.xlsx").param("orgId", String.valueOf(t.a2()))
                .with(httpBasic(secretary, TestTree.PASSWORD))).andExpect(status().isNotFound());
    }

    @Test
    void findingsNarrowToTheOrganizationItselfSortAndExportTheSameRows() throws Exception {
        TestTree.Tree t = trees.build();
        compliance.reevaluateSubtree(t.root());
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        String a1 = orgName(t.a1());

        assertThat(page(committee, "/compliance/findings?orgId=" + t.a())).contains(a1);
        assertThat(page(committee, "/compliance/findings?orgId=" + t.a() + "&_subtree=on")).doesNotContain(a1);
        assertThat(column(download(committee, "/compliance/findings.xlsx?orgId=" + t.a() + "&_subtree=on"), 0))
                .containsOnly("党组织", orgName(t.a()));
        assertThat(page(committee, "/compliance/findings?orgId=" + t.a() + "&sort=deadline&dir=desc&size=50"))
                .contains("<option value=\"50\" selected=\"selected\">");
        mvc.perform(get("/compliance/findings").param("orgId", String.valueOf(t.a())).param("sort", "explanation")
                .with(httpBasic(committee, TestTree.PASSWORD))).andExpect(status().isBadRequest());
        // a due-date range before anything is due leaves nothing
        assertThat(page(committee, "/compliance/findings?orgId=" + t.a() + "&to=2000-01-01")).contains("没有符合条件的事项");
    }

    @Test
    void recruitmentCasesSortOnlyByListedColumnsAndExportWithChineseHeaders() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        assertThat(page(secretary, "/recruitment?sort=appliedOn&dir=desc&from=2020-01-01"))
                .contains("href=\"/recruitment/list.xlsx?sort=appliedOn&amp;dir=desc&amp;from=2020-01-01\"");
        mvc.perform(get("/recruitment").param("sort", "citizen_id_enc").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest());
        assertThat(row(download(secretary, "/recruitment/list.xlsx"), 0))
                .containsExactly("姓名", "性别", "党组织", "阶段", "适用细则", "申请日期", "下一环节", "应办日期");
    }

    @Test
    void auditEntriesNameThePersonShowMinutesAndFoldLongValues() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String auditor = trees.account("AUDITOR", null, null);
        String marker = "列表" + t.a1();
        String longText = "很长的会议记录".repeat(10);
        trail.record(change(secretary, marker, "短值", longText));

        String html = page(auditor, "/audit?recordId=" + marker + "&action=修改");
        assertThat(html).contains("title=\"用户名：" + secretary + "\">测试BRANCH_SECRETARY<")
                .containsPattern(">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}<")
                .contains("<summary>" + longText.substring(0, 40) + "…</summary>").contains("短值");
        assertThat(page(auditor, "/audit?recordId=" + marker + "&action=删除")).contains("没有符合条件的记录");
        // the actor filter takes the person's name as well as the username
        assertThat(page(auditor, "/audit?recordId=" + marker + "&actor=测试BRANCH_SECRETARY")).contains(longText);
        mvc.perform(get("/audit").param("sort", "changes").with(httpBasic(auditor, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("排序")));
        List<String> actors = column(download(auditor, "/audit/export.xlsx?recordId=" + marker), 2);
        assertThat(actors).containsExactly("操作人", "测试BRANCH_SECRETARY（" + secretary + "）");
    }

    @Test
    void accountsShowOrganizationNamesAndStatusesThatDoNotWrap() throws Exception {
        TestTree.Tree t = trees.build();
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String admin = trees.account("PLATFORM_ADMIN", null, null);
        String html = page(admin, "/accounts?q=" + secretary);
        assertThat(html).contains(orgName(t.a1())).contains("<span class=\"tok\">正常</span>")
                .contains("data-org-picker").doesNotContain("name=\"orgId\" type=\"number\"");
    }

    private void meeting(long orgId, long memberId, String topic, int daysAgo) {
        meetings.record(AccessScope.system(), new RecordMeeting(orgId, MeetingType.THEME_DAY, null, topic, null,
                LocalDate.now().minusDays(daysAgo).atTime(14, 0), null, null, null,
                List.of(new RecordMeeting.Attendance(memberId, AttendanceStatus.PRESENT, null)),
                List.of(new RecordMeeting.AgendaItem(topic, null, null, null))));
    }

    private static AuditedChange change(String actor, String recordId, String oldValue, String newValue) {
        return new AuditedChange() {
            public String actor() { return actor; }
            public String recordType() { return "组织生活"; }
            public String recordId() { return recordId; }
            public String action() { return "修改"; }
            public List<FieldChange> changes() { return List.of(new FieldChange("会议记录", oldValue, newValue)); }
        };
    }

    private String orgName(long id) {
        return orgs.ref(id).orElseThrow().name();
    }

    private String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, TestTree.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private byte[] download(String user, String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, TestTree.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static List<String> column(byte[] xlsx, int index) throws Exception {
        List<String> values = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row r : book.getSheetAt(0)) {
                values.add(r.getCell(index) == null ? "" : r.getCell(index).toString());
            }
        }
        return values;
    }

    private static List<String> row(byte[] xlsx, int index) throws Exception {
        List<String> values = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            book.getSheetAt(0).getRow(index).forEach(c -> values.add(c.toString()));
        }
        return values;
    }
}
