package cn.dangjian.documents;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dangjian.documents.internal.CustomTemplateStore;
import cn.dangjian.documents.internal.CustomTemplateStore.Header;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ReferenceData;

/**
 * A Party organization's own Word formats (文书格式): which template each kind of document is generated in
 * for an organization, and uploading or removing the organization's own. A template applies to the
 * organization and everything below it that has none of its own. Reading needs 查看党组织, changing needs
 * 维护党组织, both over the organization in the caller's scope; every change goes to the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class CustomTemplates {

    /** The largest template accepted; Word templates are a few dozen KB unless they carry pictures. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final String AUDIT_RECORD_TYPE = "文书模板";
    private static final String FIELD = "template";
    private static final String LABEL = "模板文件";
    private static final String NONE = "无（沿用上级组织或平台标准格式）";

    private final CustomTemplateStore store;
    private final Documents documents;
    private final OrgUnits orgs;
    private final ApplicationEventPublisher events;

    CustomTemplates(CustomTemplateStore store, Documents documents, OrgUnits orgs, ApplicationEventPublisher events) {
        this.store = store;
        this.documents = documents;
        this.orgs = orgs;
        this.events = events;
    }

    /** For every kind of document, the format in force for the organization. */
    public List<TemplateInForce> inForce(AccessScope scope, long orgId) {
        scope.require(Permission.ORG_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        Map<DocumentTemplate, Header> nearest = store.nearest(org.path());
        Map<Long, String> names = new HashMap<>();
        orgs.refs(nearest.values().stream().map(Header::orgId).distinct().toList())
                .forEach(ref -> names.put(ref.id(), ref.name()));
        return Arrays.stream(DocumentTemplate.values())
                .map(kind -> view(org, kind, nearest.get(kind), names)).toList();
    }

    public TemplateInForce inForce(AccessScope scope, long orgId, DocumentTemplate kind) {
        requireKind(kind);
        return inForce(scope, orgId).stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    /** The Word template the organization's documents are generated from: its own, a superior's or the built-in. */
    public TemplateFile file(AccessScope scope, long orgId, DocumentTemplate kind) {
        TemplateInForce inForce = inForce(scope, orgId, kind);
        if (inForce.source() == TemplateSource.BUILT_IN) {
            return builtIn(kind);
        }
        return store.content(inForce.ownerOrgId(), kind).map(bytes -> new TemplateFile(inForce.fileName(), bytes))
                .orElseGet(() -> builtIn(kind));
    }

    /** The built-in template with its placeholders, as the starting point for an organization's own. */
    @ReferenceData("平台标准格式对所有人相同")
    public TemplateFile builtIn(DocumentTemplate kind) {
        requireKind(kind);
        return new TemplateFile(kind.label() + "（平台标准格式）.docx", documents.builtInTemplate(kind));
    }

    /**
     * Stores the organization's own template for this kind of document, replacing the one it had. The file
     * must open as Word (.docx), stay under {@link #MAX_BYTES} and use only the document's placeholders;
     * otherwise nothing is stored and the {@link InvalidInputException} says why, naming the placeholder.
     */
    @Transactional
    public TemplateInForce upload(AccessScope scope, long orgId, DocumentTemplate kind, String fileName,
                                  byte[] content) {
        scope.require(Permission.ORG_EDIT);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        requireKind(kind);
        if (content != null && content.length > MAX_BYTES) {
            throw new InvalidInputException(FIELD, LABEL, "文件大小为" + size(content.length) + "，超过"
                    + size(MAX_BYTES) + "的上限。Word 模板一般只有几十 KB，请删除其中的图片等内容后重新上传");
        }
        documents.checkTemplate(kind, content);
        String name = fileName(fileName, kind);
        Optional<Header> before = store.ownForUpdate(orgId, kind);
        store.save(orgId, kind, name, content, scope.username());
        events.publishEvent(new CustomTemplateUploaded(scope.username(), orgId, kind, List.of(new FieldChange(
                kind.label() + "模板", before.map(Header::fileName).orElse(NONE),
                name + "（" + size(content.length) + "）"))));
        return view(org, kind, store.ownForUpdate(orgId, kind).orElseThrow(), Map.of(org.id(), org.name()));
    }

    /** Removes the organization's own template; its documents revert to the inherited or built-in format. */
    @Transactional
    public TemplateInForce remove(AccessScope scope, long orgId, DocumentTemplate kind) {
        scope.require(Permission.ORG_EDIT);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        requireKind(kind);
        Header before = store.ownForUpdate(orgId, kind).orElseThrow(() -> new NotFoundException(
                "“" + org.name() + "”没有上传自己的“" + kind.label() + "”模板"));
        store.delete(orgId, kind);
        events.publishEvent(new CustomTemplateRemoved(scope.username(), orgId, kind,
                List.of(new FieldChange(kind.label() + "模板", before.fileName(), NONE))));
        return inForce(scope, orgId, kind);
    }

    private static TemplateInForce view(OrgUnitRef org, DocumentTemplate kind, Header header, Map<Long, String> names) {
        if (header == null) {
            return TemplateInForce.builtIn(kind);
        }
        TemplateSource source = header.orgId() == org.id() ? TemplateSource.OWN : TemplateSource.INHERITED;
        return new TemplateInForce(kind, source, header.orgId(), names.get(header.orgId()), header.fileName(),
                header.sizeBytes(), header.uploadedBy(), header.uploadedAt());
    }

    private static void requireKind(DocumentTemplate kind) {
        if (kind == null) {
            throw new InvalidInputException("kind", "文书类别", "请选择文书类别");
        }
    }

    /** The uploaded name without the folders some browsers send, ending in .docx; the document's name if none. */
    static String fileName(String original, DocumentTemplate kind) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = kind.label();
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
            name = name.substring(0, name.length() - 5);
        }
        return (name.length() > 80 ? name.substring(0, 80) : name) + ".docx";
    }

    /** “36.5 KB”, “2 MB”. */
    static String size(int bytes) {
        if (bytes >= 1024 * 1024) {
            double mb = bytes / (1024.0 * 1024.0);
            return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb)) + " MB";
        }
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0) + " KB";
    }
}
