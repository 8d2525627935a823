package cn.dangjian.member.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Excel downloads for the roster controllers: the response's headers are set only when the first byte
 * is written, so that a refusal (no permission, organization out of scope) still becomes a clean error.
 */
final class RosterDownloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String TEMPLATE_NAME = "党员名册导入模板.xlsx";

    private RosterDownloads() {
    }

    static String exportName(Clock clock) {
        return "党员名册-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
    }

    /** An output stream that turns into an attachment download named {@code fileName} on first write. */
    static OutputStream attachment(HttpServletResponse response, String fileName) {
        return new OutputStream() {
            private OutputStream target;

            private OutputStream target() throws IOException {
                if (target == null) {
                    response.setContentType(XLSX);
                    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
                    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                    target = response.getOutputStream();
                }
                return target;
            }

            @Override
            public void write(int b) throws IOException {
                target().write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                target().write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                if (target != null) {
                    target.flush();
                }
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
