package cn.dangjian.documents.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.dangjian.documents.TemplateFile;

/** A Word template as a download under its Chinese file name. */
final class TemplateDownloads {

    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final MediaType DOCX = MediaType.parseMediaType(DOCX_TYPE);

    private TemplateDownloads() {
    }

    static ResponseEntity<byte[]> attachment(TemplateFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(DOCX)
                .body(file.content());
    }
}
