package cn.dangjian.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.dangjian.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A unit's own Word template: refused with a Chinese message when it is broken, rendered when it is valid. */
class CustomTemplateTests {

    private final Documents documents = SampleDocuments.renderingOnly();

    @Test
    void unknownPlaceholderIsRefusedByName() throws IOException {
        byte[] upload = template("{{组织名称}}会议纪要", "地点：{{会议地址}}");

        assertThatThrownBy(() -> documents.docx(DocumentTemplate.MEETING_RECORD, upload,
                SampleDocuments.meetingRecord(null).toModel()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("模板中有未知的占位符 {{会议地址}}")
                .hasMessageContaining("{{会议地点}}")
                .hasMessageNotContaining("{{组织名称}}会议纪要");
    }

    /** poi-tl would read {{@…}} as a picture to fetch and {{+…}} as a document to include: neither is allowed. */
    @Test
    void prefixedTagsAreRefusedButConditionalSectionsPass() throws IOException {
        byte[] picture = template("{{组织名称}}", "{{@会议地点}}", "{{+组织名称}}");

        assertThatThrownBy(() -> documents.checkTemplate(DocumentTemplate.MEETING_RECORD, picture))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("模板中有未知的占位符 {{@会议地点}}、{{+组织名称}}");

        byte[] section = template("{{?补录说明}}（此件为补录）{{/补录说明}}{{组织名称}}");
        byte[] docx = documents.docx(DocumentTemplate.MEETING_RECORD, section,
                SampleDocuments.meetingRecord(java.time.LocalDate.of(2024, 3, 20)).toModel());
        try (XWPFDocument document = DocxDocumentsTests.open(docx)) {
            assertThat(DocxDocumentsTests.text(document)).contains("（此件为补录）中共某某局机关第一支部委员会");
        }
    }

    @Test
    void unknownColumnOfARepeatedRowIsRefused() throws IOException {
        byte[] upload;
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("议题{{议程}}");
            table.getRow(1).getCell(0).setText("[议题]");
            table.getRow(1).getCell(1).setText("[表决情况]");
            upload = bytes(doc);
        }

        assertThatThrownBy(() -> documents.checkTemplate(DocumentTemplate.MEETING_RECORD, upload))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("[表决情况]")
                .hasMessageNotContaining("[议题]、");
    }

    @Test
    void fileThatIsNotADocxIsRefusedInChinese() {
        byte[] upload = "这不是Word文件".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> documents.checkTemplate(DocumentTemplate.MEETING_RECORD, upload))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("模板文件：文件不是有效的 Word（.docx）文件");
        byte[] oldWord = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> documents.checkTemplate(DocumentTemplate.MEETING_RECORD, oldWord))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("旧版 Word（.doc）格式或设置了密码");
        byte[] brokenZip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8};
        assertThatThrownBy(() -> documents.checkTemplate(DocumentTemplate.MEETING_RECORD, brokenZip))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("文件已损坏或不是 Word（.docx）文档")
                .hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> documents.checkTemplate(DocumentTemplate.MEETING_RECORD, new byte[0]))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("请选择要上传的 Word 模板");
    }

    @Test
    void validCustomTemplateRendersWithTheSameModel() throws IOException {
        byte[] upload;
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("{{组织名称}}{{会议类型}}记录");
            doc.createParagraph().createRun().setText("主持：{{主持人}}　记录：{{记录人}}");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("议题");
            table.getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("{{议程}}");
            table.getRow(0).getCell(1).setText("表决");
            table.getRow(1).getCell(0).setText("[议题]");
            table.getRow(1).getCell(1).setText("[表决结果]");
            upload = bytes(doc);
        }

        byte[] docx = documents.docx(DocumentTemplate.MEETING_RECORD, upload, SampleDocuments.meetingRecord(null).toModel());

        try (XWPFDocument document = DocxDocumentsTests.open(docx)) {
            String text = DocxDocumentsTests.text(document);
            assertThat(text).contains("中共某某局机关第一支部委员会支部委员会会议记录", "主持：张建国　记录：李秀英");
            XWPFTable agenda = document.getTables().get(0);
            assertThat(agenda.getRows()).hasSize(4);
            assertThat(agenda.getRow(1).getCell(0).getText()).isEqualTo("讨论接收王小明同志为预备党员");
            assertThat(agenda.getRow(1).getCell(1).getText()).isEqualTo("赞成7票，反对0票，弃权0票");
        }
    }

    /**
     * The committed built-in templates pass the same check, and use every placeholder they promise (a field may
     * be used as a block, {@code {{?名称}}…{{/名称}}}, that shows only when the field is true).
     */
    @ParameterizedTest
    @EnumSource(DocumentTemplate.class)
    void builtInTemplatesUseExactlyTheirPlaceholders(DocumentTemplate template) throws IOException {
        byte[] builtIn;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(template.docxResource())) {
            assertThat(in).as(template.docxResource()).isNotNull();
            builtIn = in.readAllBytes();
        }
        documents.checkTemplate(template, builtIn);

        try (XWPFDocument document = DocxDocumentsTests.open(builtIn)) {
            String text = DocxDocumentsTests.text(document);
            template.fields().forEach(field -> assertThat(text).containsAnyOf("{{" + field + "}}", "{{?" + field + "}}"));
            template.tables().forEach((table, columns) -> {
                assertThat(text).contains("{{" + table + "}}");
                columns.forEach(column -> assertThat(text).contains("[" + column + "]"));
            });
        }
    }

    private static byte[] template(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String paragraph : paragraphs) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            return bytes(doc);
        }
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }
}
