package cn.dangjian.documents;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A generated document (PDF or Word, by its file name's ending) as a download under its Chinese file name, never
 * cached — letters and notices may carry a 身份证号 — for any module's pages and API.
 */
public final class DocumentDownload {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private DocumentDownload() {
    }

    public static ResponseEntity<byte[]> of(GeneratedFile file) {
        return of(file.fileName(), file.content());
    }

    public static ResponseEntity<byte[]> of(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .contentType(fileName.endsWith(".pdf") ? MediaType.APPLICATION_PDF : DOCX)
                .body(content);
    }
}
