package cn.dangjian.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import cn.dangjian.shared.XlsxFile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Sends an {@link XlsxFile} a handler returns as an attachment download, so web modules need no HTTP plumbing. */
@Configuration(proxyBeanMethods = false)
class XlsxDownloads {

    @Bean
    AbstractHttpMessageConverter<XlsxFile> xlsxFileConverter() {
        return new AbstractHttpMessageConverter<>(MediaType.parseMediaType(XlsxFile.MEDIA_TYPE)) {

            @Override
            protected boolean supports(Class<?> type) {
                return XlsxFile.class.equals(type);
            }

            @Override
            protected boolean canRead(MediaType mediaType) {
                return false;
            }

            @Override
            protected XlsxFile readInternal(Class<? extends XlsxFile> type, HttpInputMessage input) {
                throw new HttpMessageNotReadableException("只能下载，不能上传", input);
            }

            @Override
            protected Long getContentLength(XlsxFile file, MediaType contentType) {
                return (long) file.content().length;
            }

            @Override
            protected void writeInternal(XlsxFile file, HttpOutputMessage output) throws IOException {
                output.getHeaders().set(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
                output.getHeaders().setCacheControl("no-store");
                output.getBody().write(file.content());
            }
        };
    }
}
