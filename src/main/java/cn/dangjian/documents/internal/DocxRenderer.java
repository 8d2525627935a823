package cn.dangjian.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import org.springframework.stereotype.Component;

import cn.dangjian.documents.DocumentTemplate;

/** Fills a Word template's placeholders with poi-tl; repeated table rows come from list values. */
@Component
public class DocxRenderer {

    /** Renders the built-in template of {@code template}. */
    public byte[] render(DocumentTemplate template, Map<String, Object> model) {
        return render(template, new ByteArrayInputStream(builtIn(template)), model);
    }

    /** The built-in Word template itself, with its placeholders, as a starting point for a unit's own. */
    public byte[] builtIn(DocumentTemplate template) {
        try (InputStream in = DocxRenderer.class.getClassLoader().getResourceAsStream(template.docxResource())) {
            if (in == null) {
                throw new IllegalStateException("missing built-in template " + template.docxResource());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders an uploaded template that has already passed {@link DocxTemplateCheck}. */
    public byte[] render(DocumentTemplate template, byte[] docx, Map<String, Object> model) {
        return render(template, new ByteArrayInputStream(docx), model);
    }

    private byte[] render(DocumentTemplate template, InputStream docx, Map<String, Object> model) {
        try (XWPFTemplate filled = XWPFTemplate.compile(docx, configure(template)).render(model)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            filled.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Configure configure(DocumentTemplate template) {
        ConfigureBuilder builder = Configure.builder();
        template.tables().keySet().forEach(table -> builder.bind(table, new LoopRowTableRenderPolicy()));
        return builder.build();
    }
}
