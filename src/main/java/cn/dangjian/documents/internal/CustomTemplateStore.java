package cn.dangjian.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dangjian.documents.DocumentTemplate;

/**
 * SQL over {@code document_custom_template}: one uploaded Word template per organization and kind. Look-ups
 * take the organization's materialised path from the caller and pick the nearest organization on it.
 */
@Repository
public class CustomTemplateStore {

    private final JdbcClient jdbc;

    CustomTemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What is known about a stored template without its bytes. */
    public record Header(long orgId, DocumentTemplate kind, String fileName, int sizeBytes, String uploadedBy,
                         Instant uploadedAt) {
    }

    /** The organization ids on a materialised path, the root first: {@code /1/4/9/} → 1, 4, 9. */
    public static List<Long> lineage(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("an organization path such as /1/4/9/ is required");
        }
        return Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).map(Long::valueOf).toList();
    }

    /** For every kind that has one, the template of the nearest organization on the path (itself first). */
    public Map<DocumentTemplate, Header> nearest(String path) {
        List<Long> lineage = lineage(path);
        Map<DocumentTemplate, Header> nearest = new EnumMap<>(DocumentTemplate.class);
        jdbc.sql("""
                        SELECT org_id, kind, file_name, size_bytes, uploaded_by, uploaded_at
                        FROM document_custom_template WHERE org_id IN (:lineage)""")
                .param("lineage", lineage)
                .query(CustomTemplateStore::header).list().stream()
                .filter(header -> header.kind() != null)
                .sorted(Comparator.comparingInt(header -> lineage.indexOf(header.orgId())))
                .forEach(header -> nearest.put(header.kind(), header)); // deeper organizations overwrite
        return nearest;
    }

    /** A stored template's bytes and the organization that uploaded it. */
    public record Upload(long orgId, byte[] content) {
    }

    /** The template of this kind of the nearest organization on the path (itself first), with its bytes. */
    public Optional<Upload> nearestUpload(DocumentTemplate kind, String path) {
        List<Long> lineage = lineage(path);
        return jdbc.sql("""
                        SELECT org_id, content FROM document_custom_template
                        WHERE kind = :kind AND org_id IN (:lineage)""")
                .param("kind", kind.name()).param("lineage", lineage)
                .query((rs, n) -> new Upload(rs.getLong("org_id"), rs.getBytes("content"))).list().stream()
                .max(Comparator.comparingInt(upload -> lineage.indexOf(upload.orgId())));
    }

    /** The organization's own template of this kind, locked until the transaction ends. */
    public Optional<Header> ownForUpdate(long orgId, DocumentTemplate kind) {
        return jdbc.sql("""
                        SELECT org_id, kind, file_name, size_bytes, uploaded_by, uploaded_at
                        FROM document_custom_template WHERE org_id = :org AND kind = :kind FOR UPDATE""")
                .param("org", orgId).param("kind", kind.name())
                .query(CustomTemplateStore::header).optional();
    }

    public Optional<byte[]> content(long orgId, DocumentTemplate kind) {
        return jdbc.sql("SELECT content FROM document_custom_template WHERE org_id = :org AND kind = :kind")
                .param("org", orgId).param("kind", kind.name())
                .query((rs, n) -> rs.getBytes("content")).optional();
    }

    /** Stores the organization's template of this kind, replacing the one it had. */
    public void save(long orgId, DocumentTemplate kind, String fileName, byte[] content, String uploadedBy) {
        jdbc.sql("""
                        INSERT INTO document_custom_template (org_id, kind, file_name, content, size_bytes, uploaded_by)
                        VALUES (:org, :kind, :name, :content, :size, :by)
                        ON CONFLICT (org_id, kind) DO UPDATE SET file_name = EXCLUDED.file_name,
                            content = EXCLUDED.content, size_bytes = EXCLUDED.size_bytes,
                            uploaded_by = EXCLUDED.uploaded_by, uploaded_at = now()""")
                .param("org", orgId).param("kind", kind.name()).param("name", fileName).param("content", content)
                .param("size", content.length).param("by", uploadedBy)
                .update();
    }

    public boolean delete(long orgId, DocumentTemplate kind) {
        return jdbc.sql("DELETE FROM document_custom_template WHERE org_id = :org AND kind = :kind")
                .param("org", orgId).param("kind", kind.name()).update() > 0;
    }

    private static Header header(ResultSet rs, int row) throws SQLException {
        return new Header(rs.getLong("org_id"), kind(rs.getString("kind")), rs.getString("file_name"),
                rs.getInt("size_bytes"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }

    /** A kind this version no longer knows is ignored rather than breaking every document. */
    private static DocumentTemplate kind(String name) {
        try {
            return DocumentTemplate.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
