package cn.dangjian.documents;

import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.dangjian.documents.internal.CustomTemplateStore;
import cn.dangjian.documents.internal.DocxRenderer;
import cn.dangjian.documents.internal.DocxTemplateCheck;
import cn.dangjian.documents.internal.PdfRenderer;
import cn.dangjian.documents.internal.PrintableModel;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.ForModules;
import cn.dangjian.shared.InvalidInputException;

/** Generates DOCX and PDF documents from a model of recorded facts; the only bean other modules call. */
@Service
@ForModules
public class Documents {

    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    private final DocxRenderer docx;
    private final DocxTemplateCheck check;
    private final PdfRenderer pdf;
    private final CustomTemplateStore customTemplates;

    Documents(DocxRenderer docx, DocxTemplateCheck check, PdfRenderer pdf, CustomTemplateStore customTemplates) {
        this.docx = docx;
        this.check = check;
        this.pdf = pdf;
        this.customTemplates = customTemplates;
    }

    /** A Word document from the built-in template, e.g. with {@link MeetingRecordDocument#toModel()}. */
    public byte[] docx(DocumentTemplate template, Map<String, Object> model) {
        return docx.render(template, PrintableModel.of(model));
    }

    /**
     * A Word document for an organization, in the format in force there: the template uploaded by the
     * organization itself, else by its nearest superior organization that has one, else the built-in one.
     * The caller has already checked that the organization lies in its caller's scope.
     *
     * @param orgPath the organization's materialised path as the org module keeps it, e.g. {@code /1/4/9/}
     * @throws ConflictException when the template in force no longer fits this document (say, after a
     *                           placeholder was renamed in a new version); the message says what to do
     */
    public byte[] docxFor(DocumentTemplate template, String orgPath, Map<String, Object> model) {
        Optional<CustomTemplateStore.Upload> custom = customTemplates.nearestUpload(template, orgPath);
        if (custom.isEmpty()) {
            return docx(template, model);
        }
        long owner = custom.get().orgId();
        byte[] upload = custom.get().content();
        try {
            return docx(template, upload, model);
        } catch (InvalidInputException e) {
            throw unusable(template, owner, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("custom {} template of org {} failed to render", template, owner, e);
            throw unusable(template, owner, "模板无法填写");
        }
    }

    private static ConflictException unusable(DocumentTemplate template, long owner, String reason) {
        return new ConflictException("适用于本组织的自定义“" + template.label() + "”模板（组织编号" + owner
                + "上传）已不可用：" + reason + "。请该组织在“文书格式”页面重新上传或删除模板后再生成 Word 文档；PDF 不受影响。");
    }

    /**
     * A Word document from a unit's own template for the same document and placeholders.
     *
     * @throws cn.dangjian.shared.InvalidInputException when the template does not open or uses an unknown placeholder
     */
    public byte[] docx(DocumentTemplate template, byte[] customTemplate, Map<String, Object> model) {
        check.check(template, customTemplate);
        return docx.render(template, customTemplate, PrintableModel.of(model));
    }

    /**
     * Checks an uploaded template before it is stored: it opens as DOCX and uses only known placeholders.
     *
     * @throws cn.dangjian.shared.InvalidInputException with a Chinese message naming the unknown placeholder
     */
    public void checkTemplate(DocumentTemplate template, byte[] customTemplate) {
        check.check(template, customTemplate);
    }

    /** The built-in Word template with its placeholders, for a unit to start its own from. */
    public byte[] builtInTemplate(DocumentTemplate template) {
        return docx.builtIn(template);
    }

    /** A PDF (A4, embedded Chinese font, “第 X 页 共 Y 页” footer) of the document; always the built-in layout. */
    public byte[] pdf(DocumentTemplate template, Map<String, Object> model) {
        return pdf.render(template, PrintableModel.of(model));
    }
}
