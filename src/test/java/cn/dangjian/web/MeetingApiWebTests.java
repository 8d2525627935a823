package cn.dangjian.web;

import java.time.LocalDate;

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
}
