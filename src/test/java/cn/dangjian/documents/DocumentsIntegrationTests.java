package cn.dangjian.documents;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.dangjian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The facade as other modules get it from the application context. */
@IntegrationTest
class DocumentsIntegrationTests {

    @Autowired
    Documents documents;

    @Test
    void facadeIsWiredAndRendersBothFormats() throws IOException {
        var model = SampleDocuments.meetingRecord(null).toModel();

        assertThat(DocxDocumentsTests.text(DocxDocumentsTests.open(documents.docx(DocumentTemplate.MEETING_RECORD, model))))
                .contains("讨论接收王小明同志为预备党员");
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(DocumentTemplate.MEETING_RECORD, model))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("讨论接收王小明同志为预备党员");
        }
    }
}
