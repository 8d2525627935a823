package cn.dangjian.documents;

import java.time.Instant;

/**
 * The Word format of one kind of document that an organization's documents are generated in.
 *
 * @param kind         the document, e.g. {@link DocumentTemplate#MEETING_RECORD}
 * @param source       built-in, the organization's own, or inherited from a superior organization
 * @param ownerOrgId   the organization that uploaded the template; {@code null} for the built-in one
 * @param ownerOrgName its name, e.g. 某某局机关党委
 * @param fileName     the uploaded file's name; {@code null} for the built-in one
 */
public record TemplateInForce(DocumentTemplate kind, TemplateSource source, Long ownerOrgId, String ownerOrgName,
                              String fileName, Integer sizeBytes, String uploadedBy, Instant uploadedAt) {

    static TemplateInForce builtIn(DocumentTemplate kind) {
        return new TemplateInForce(kind, TemplateSource.BUILT_IN, null, null, null, null, null, null);
    }

    public String kindLabel() {
        return kind.label();
    }

    /** “36.5 KB”, or empty for the built-in template. */
    public String sizeText() {
        return sizeBytes == null ? "" : CustomTemplates.size(sizeBytes);
    }

    /** “平台标准格式”, “本组织上传的格式” or “沿用上级组织“某某机关党委”的格式”. */
    public String describe() {
        return source == TemplateSource.INHERITED ? "沿用上级组织“" + ownerOrgName + "”的格式" : source.label();
    }
}
