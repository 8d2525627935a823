package cn.dangjian.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.dangjian.member.Members;
import cn.dangjian.recruitment.CaseFixtures;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.recruitment.RecruitmentAssemblies;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.PdfFiles;
import cn.dangjian.support.TestTree;
import cn.dangjian.support.WordFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A case's documents downloaded as the case page links them: Chinese file names, scope, and what is not there yet. */
@IntegrationTest
@AutoConfigureMockMvc
class CaseDocumentWebTests {

    private static final String URL = "/recruitment/cases/{id}/documents/{document}";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    Recruitment recruitment;
    @Autowired
    RecruitmentAssemblies assemblies;
    @Autowired
    Members members;

    @Test
    void theBranchAndItsCommitteeDownloadEachDocumentButASiblingBranchGetsNotFound() throws Exception {
        TestTree.Tree t = trees.build();
        CaseFixtures.Walked walked = CaseFixtures.admitted(recruitment, assemblies, members, t, "林晓雯");
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        String sibling = trees.account("BRANCH_SECRETARY", t.a2(), t.memberA2());

        MockHttpServletResponse pdf = download(walked.caseId(), "assembly-resolution.pdf", secretary);
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        ContentDisposition disposition = ContentDisposition.parse(pdf.getHeader(HttpHeaders.CONTENT_DISPOSITION));
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("支部党员大会决议（林晓雯）.pdf");
        assertThat(PdfFiles.text(pdf.getContentAsByteArray())).contains("林晓雯",
                "应到会有表决权的党员6名，实到会有表决权的党员5名", "赞成5票，反对1票，弃权0票");

        MockHttpServletResponse docx = download(walked.caseId(), "full-record.docx", committee);
        assertThat(docx.getStatus()).isEqualTo(200);
        assertThat(docx.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(ContentDisposition.parse(docx.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
                .isEqualTo("发展党员全程纪实表（林晓雯）.docx");
        assertThat(WordFiles.text(docx.getContentAsByteArray())).contains("林晓雯", "2026年4月29日至2026年5月8日");

        for (String document : new String[] {"activist-register", "public-notice", "assembly-resolution", "full-record"}) {
            for (String format : new String[] {"docx", "pdf"}) {
                assertThat(download(walked.caseId(), document + "." + format, secretary).getStatus())
                        .as(document + "." + format).isEqualTo(200);
                MockHttpServletResponse refused = download(walked.caseId(), document + "." + format, sibling);
                assertThat(refused.getStatus()).as("sibling " + document + "." + format).isEqualTo(404);
                assertThat(refused.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isNull();
                assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                        .contains("未找到该发展党员记录，或不在您的管理范围内").doesNotContain("林晓雯");
            }
        }
    }

    @Test
    void aDocumentWhoseStepIsNotRecordedIsAConflictSayingWhichStepAndAnUnknownOneIsNotFound() throws Exception {
        TestTree.Tree t = trees.build();
        long id = CaseFixtures.applied(recruitment, t, "孙可欣", LocalDate.of(2026, 10, 12));
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());

        MockHttpServletResponse notice = download(id, "public-notice.pdf", secretary);
        assertThat(notice.getStatus()).isEqualTo(409);
        assertThat(notice.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isNull();
        assertThat(notice.getContentAsString(StandardCharsets.UTF_8))
                .contains("尚未记录“发展对象公示”", "还不能生成发展对象公示");
        assertThat(download(id, "assembly-resolution.docx", secretary).getContentAsString(StandardCharsets.UTF_8))
                .contains("尚未记录“支部党员大会讨论接收预备党员”");
        assertThat(download(id, "full-record.pdf", secretary).getStatus()).isEqualTo(200);

        MockHttpServletResponse unknown = download(id, "admission-letter.pdf", secretary);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("没有这种发展党员文书", "发展党员全程纪实表");
    }

    private MockHttpServletResponse download(long caseId, String document, String user) throws Exception {
        return mvc.perform(get(URL, caseId, document).with(httpBasic(user, TestTree.PASSWORD))).andReturn().getResponse();
    }
}
