package cn.dangjian.life.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated Word or PDF document as a download with its Chinese file name. */
final class DocumentResponses {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private DocumentResponses() {
    }

    static ResponseEntity<byte[]> attachment(byte[] body, String fileName, boolean pdf) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(pdf ? MediaType.APPLICATION_PDF : DOCX)
                .body(body);
    }
}
