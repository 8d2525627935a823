package cn.dangjian.recruitment.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import cn.dangjian.recruitment.CaseDocumentFile;
import cn.dangjian.recruitment.CaseDocumentKind;
import cn.dangjian.recruitment.CaseDocuments;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A case's documents as Word or PDF downloads under their Chinese names, generated from the record:
 * {@code /recruitment/cases/{id}/documents/{kind}.docx|pdf} with {@code kind} one of
 * {@code activist-register}, {@code public-notice}, {@code assembly-resolution}, {@code full-record}. A case
 * outside the caller's scope is not found (404); a document whose step has not been recorded yet is refused
 * with a message naming the step (409).
 */
@Controller
class CaseDocumentController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final CaseDocuments documents;

    CaseDocumentController(CaseDocuments documents) {
        this.documents = documents;
    }

    @cn.dangjian.shared.PersonalDataExport("发展党员文书")
    @GetMapping("/recruitment/cases/{id}/documents/{kind}.{format:docx|pdf}")
    ResponseEntity<byte[]> download(AccessScope scope, @PathVariable long id, @PathVariable String kind,
                                    @PathVariable String format) {
        CaseDocumentKind document = CaseDocumentKind.ofSlug(kind).orElseThrow(() -> new NotFoundException(
                "没有这种发展党员文书。可生成的文书："
                        + String.join("、", Arrays.stream(CaseDocumentKind.values()).map(CaseDocumentKind::label).toList())));
        boolean pdf = format.equals("pdf");
        CaseDocumentFile file = pdf ? documents.pdf(scope, id, document) : documents.docx(scope, id, document);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(pdf ? MediaType.APPLICATION_PDF : DOCX)
                .body(file.content());
    }
}
