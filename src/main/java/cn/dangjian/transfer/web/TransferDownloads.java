package cn.dangjian.transfer.web;

import java.nio.charset.StandardCharsets;

import cn.dangjian.transfer.LetterFile;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A letter as a download with its Chinese file name, never cached (it carries a 身份证号). */
final class TransferDownloads {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private TransferDownloads() {
    }

    static ResponseEntity<byte[]> of(LetterFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .contentType(file.fileName().endsWith(".pdf") ? MediaType.APPLICATION_PDF : DOCX)
                .body(file.content());
    }
}
