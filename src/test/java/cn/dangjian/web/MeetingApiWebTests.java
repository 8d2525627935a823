package cn.dangjian.web;

import java.time.LocalDate;

import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.Meetings;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/v1/meetings}: recording through the API, Chinese field errors, sibling isolation. */
@IntegrationTest
@AutoConfigureMockMvc
class MeetingApiWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    Meetings meetings;
    @Autowired
    Members members;

    @Test
    void aSecretaryRecordsTheirBranchsMeetingAndTheSiblingCannotTouchIt() throws Exception {
        TestTree.Tree t = trees.build();
        String a1 = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String a2 = trees.account("BRANCH_SECRETARY", t.a2(), t.memberA2());
        String body = """
                {"orgId":%d,"type":"THEME_DAY","topic":"重温入党誓词","heldAt":"%sT09:00:00",
                 "attendance":[{"memberId":%d,"status":"EXCUSED"}],
                 "agenda":[{"title":"重温入党誓词"}]}""".formatted(t.a1(), LocalDate.now().minusDays(1), t.memberA1());

        mvc.perform(post("/api/v1/meetings").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic(a1, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].label").value("请假事由"));
        String fixed = body.replace("\"status\":\"EXCUSED\"", "\"status\":\"PRESENT\"");
        mvc.perform(post("/api/v1/meetings").contentType(MediaType.APPLICATION_JSON).content(fixed)
                        .with(httpBasic(a2, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        String created = mvc.perform(post("/api/v1/meetings").contentType(MediaType.APPLICATION_JSON).content(fixed)
                        .with(httpBasic(a1, TestTree.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.present").value(1))
                .andExpect(jsonPath("$.lateEntry").value(false))
                .andReturn().getResponse().getContentAsString();
        String id = created.replaceAll("^\\{\"id\":(\\d+).*$", "$1");
        mvc.perform(get("/api/v1/meetings/{id}", id).with(httpBasic(a2, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}/record.pdf", id).with(httpBasic(a2, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        for (String document : new String[] {"record", "attendance"}) {
            byte[] docx = mvc.perform(get("/meetings/{id}/" + document + ".docx", id).with(httpBasic(a1, TestTree.PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                 var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
                org.assertj.core.api.Assertions.assertThat(text.getText()).contains("重温入党誓词").contains("王一");
            }
        }
        mvc.perform(get("/api/v1/meetings").with(httpBasic(a2, TestTree.PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/meetings/plan").param("orgId", String.valueOf(t.a1())).param("year", "2026")
                        .with(httpBasic(a1, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].message").value(containsString("（")));
        String member = trees.account("MEMBER", t.a1(), t.memberA1());
        mvc.perform(post("/api/v1/meetings").contentType(MediaType.APPLICATION_JSON).content(fixed)
                        .with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/meetings/{id}", id).with(httpBasic(member, TestTree.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void criticismNotesAreReadAndWrittenThroughTheApiWithFieldErrors() throws Exception {
        TestTree.Tree t = trees.build();
        String a1 = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String a2 = trees.account("BRANCH_SECRETARY", t.a2(), t.memberA2());
        AccessScope system = AccessScope.system();
        long away = members.create(system, TestTree.member("请假党员", t.a1(), MemberKind.FULL));
        List<RecordMeeting.Attendance> attendance = List.of(
                new RecordMeeting.Attendance(t.memberA1(), AttendanceStatus.PRESENT, null),
                new RecordMeeting.Attendance(away, AttendanceStatus.EXCUSED, "病假"));
        LocalDateTime held = LocalDate.now().minusDays(1).atTime(14, 0);
        long meeting = meetings.record(system, new RecordMeeting(t.a1(), MeetingType.ORG_LIFE_MEETING, null,
                "年度组织生活会", null, held, null, null, null, attendance,
                List.of(new RecordMeeting.AgendaItem("批评与自我批评", null, null, null))));
        long themeDay = meetings.record(system, new RecordMeeting(t.a1(), MeetingType.THEME_DAY, null, "学习", null,
                held, null, null, null, attendance, List.of(new RecordMeeting.AgendaItem("学习", null, null, null))));
        String note = """
                [{"memberId":%d,"selfCriticism":"为民服务意识不够强","criticismReceived":"建议多听取群众意见"}]"""
                .formatted(t.memberA1());

        mvc.perform(put("/api/v1/meetings/{id}/criticism-notes", themeDay).contentType(MediaType.APPLICATION_JSON)
                        .content(note).with(httpBasic(a1, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("meetingId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("应记录在组织生活会上")));
        mvc.perform(put("/api/v1/meetings/{id}/criticism-notes", meeting).contentType(MediaType.APPLICATION_JSON)
                        .content(note.replace(String.valueOf(t.memberA1()), String.valueOf(away)))
                        .with(httpBasic(a1, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("memberId"))
                .andExpect(jsonPath("$.errors[0].label").value("党员"));
        mvc.perform(put("/api/v1/meetings/{id}/criticism-notes", meeting).contentType(MediaType.APPLICATION_JSON)
                        .content(note).with(httpBasic(a2, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/meetings/{id}/criticism-notes", meeting).contentType(MediaType.APPLICATION_JSON)
                        .content(note).with(httpBasic(a1, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].selfCriticism").value("为民服务意识不够强"))
                .andExpect(jsonPath("$[0].version").value(0));
        mvc.perform(put("/api/v1/meetings/{id}/criticism-notes", meeting).contentType(MediaType.APPLICATION_JSON)
                        .content(note).with(httpBasic(a1, TestTree.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/meetings/{id}/criticism-notes", meeting).contentType(MediaType.APPLICATION_JSON)
                        .content(note.replace("不够强", "有待加强")).with(httpBasic(a1, TestTree.PASSWORD)))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/meetings/{id}/criticism-notes", meeting).contentType(MediaType.APPLICATION_JSON)
                        .content(note.replace("不够强", "有待加强").replace("}]", ",\"version\":0}]"))
                        .with(httpBasic(a1, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].selfCriticism").value("为民服务意识有待加强"));
        mvc.perform(get("/api/v1/meetings/{id}/criticism-notes", meeting).with(httpBasic(a1, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].criticismReceived").value("建议多听取群众意见"))
                .andExpect(jsonPath("$[0].version").value(1));
        mvc.perform(get("/api/v1/meetings/{id}/criticism-notes", meeting).with(httpBasic(a2, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
