package cn.dangjian.documents;

import java.util.Map;

import org.springframework.stereotype.Service;

import cn.dangjian.documents.internal.DocxRenderer;
import cn.dangjian.documents.internal.DocxTemplateCheck;
import cn.dangjian.documents.internal.PdfRenderer;

/** Generates DOCX and PDF documents from a model of recorded facts; the only bean other modules call. */
@Service
public class Documents {

    private final DocxRenderer docx;
    private final DocxTemplateCheck check;
    private final PdfRenderer pdf;

    Documents(DocxRenderer docx, DocxTemplateCheck check, PdfRenderer pdf) {
        this.docx = docx;
        this.check = check;
        this.pdf = pdf;
    }

    /** A Word document from the built-in template, e.g. with {@link MeetingRecordDocument#toModel()}. */
    public byte[] docx(DocumentTemplate template, Map<String, Object> model) {
        return docx.render(template, model);
    }

    /**
     * A Word document from a unit's own template for the same document and placeholders.
     *
     * @throws cn.dangjian.shared.InvalidInputException when the template does not open or uses an unknown placeholder
     */
    public byte[] docx(DocumentTemplate template, byte[] customTemplate, Map<String, Object> model) {
        check.check(template, customTemplate);
        return docx.render(template, customTemplate, model);
    }

    /**
     * Checks an uploaded template before it is stored: it opens as DOCX and uses only known placeholders.
     *
     * @throws cn.dangjian.shared.InvalidInputException with a Chinese message naming the unknown placeholder
     */
    public void checkTemplate(DocumentTemplate template, byte[] customTemplate) {
        check.check(template, customTemplate);
    }

    /** A PDF (A4, embedded Chinese font, “第 X 页 共 Y 页” footer) of the document. */
    public byte[] pdf(DocumentTemplate template, Map<String, Object> model) {
        return pdf.render(template, model);
    }
}
