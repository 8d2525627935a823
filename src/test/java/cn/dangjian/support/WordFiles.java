package cn.dangjian.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small Word files for tests: a unit's own template made of paragraphs, and the text of a generated document. */
public final class WordFiles {

    private WordFiles() {
    }

    /** A .docx with one paragraph per argument, e.g. {@code "{{组织名称}}专用格式"}. */
    public static byte[] paragraphs(String... paragraphs) {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String paragraph : paragraphs) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All the text of a .docx, as POI reads it back. */
    public static String text(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
