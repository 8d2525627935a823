package cn.dangjian.recruitment;

import java.util.Arrays;
import java.util.Optional;

import cn.dangjian.documents.DocumentTemplate;

/**
 * The documents a recruitment case produces, each generated from the recorded steps once the step it needs is
 * there: the 入党积极分子培养考察登记表 once the applicant is an activist, the 发展对象公示 once a 公示 is recorded
 * (FZ-08), the 支部党员大会决议 once the assembly has voted (FZ-15), and the 全程纪实表 at any time. The
 * {@link #slug()} is the document's name in its download address,
 * {@code /recruitment/cases/{id}/documents/{slug}.docx} or {@code .pdf}.
 */
public enum CaseDocumentKind {
    ACTIVIST_REGISTER("activist-register", DocumentTemplate.ACTIVIST_REGISTER, StepKind.ACTIVIST_DESIGNATION),
    PUBLIC_NOTICE("public-notice", DocumentTemplate.PUBLIC_NOTICE, StepKind.PUBLIC_NOTICE),
    ASSEMBLY_RESOLUTION("assembly-resolution", DocumentTemplate.ASSEMBLY_RESOLUTION, StepKind.ADMISSION_ASSEMBLY),
    FULL_RECORD("full-record", DocumentTemplate.FULL_RECORD, null);

    private final String slug;
    private final DocumentTemplate template;
    private final StepKind needs;

    CaseDocumentKind(String slug, DocumentTemplate template, StepKind needs) {
        this.slug = slug;
        this.template = template;
        this.needs = needs;
    }

    /** The document's name in its address, e.g. {@code assembly-resolution}. */
    public String slug() {
        return slug;
    }

    /** The Chinese name, e.g. 支部党员大会决议. */
    public String label() {
        return template.label();
    }

    /** The step that must be recorded before the document exists; {@code null} when it always does. */
    public StepKind needs() {
        return needs;
    }

    /** Whether the case has recorded what the document is made from. */
    public boolean availableFor(CaseView c) {
        return needs == null || c.last(needs) != null;
    }

    /** “支部党员大会决议（林晓雯）.pdf”. */
    public String fileName(String personName, String extension) {
        return label() + "（" + personName + "）." + extension;
    }

    DocumentTemplate template() {
        return template;
    }

    public static Optional<CaseDocumentKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
