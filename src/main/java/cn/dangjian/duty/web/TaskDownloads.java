package cn.dangjian.duty.web;

import java.nio.charset.StandardCharsets;

import cn.dangjian.duty.TaskFile;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A task's document as a download with its Chinese file name, not cached. */
final class TaskDownloads {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private TaskDownloads() {
    }

    static ResponseEntity<byte[]> of(TaskFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .contentType(file.fileName().endsWith(".pdf") ? MediaType.APPLICATION_PDF : DOCX)
                .body(file.content());
    }
}
