package cn.dangjian.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import cn.dangjian.documents.DocumentTemplate;

/**
 * Renders a document's XHTML template (Thymeleaf, XML mode) to PDF with openhtmltopdf, embedding a subset
 * of the bundled LXGW WenKai TrueType font so Chinese shows on any machine (see docs/decisions/0001).
 */
@Component
public class PdfRenderer {

    /** The CSS font-family name templates use for Chinese text. */
    public static final String FONT_FAMILY = "LXGW WenKai";
    private static final String FONT_RESOURCE = "documents/fonts/LXGWWenKai-Regular.ttf";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private volatile byte[] font;

    public PdfRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfRenderer.class.getClassLoader());
        resolver.setPrefix("documents/html/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /** The filled XHTML, before layout (useful to inspect a template). */
    public String xhtml(DocumentTemplate template, Map<String, Object> model) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariables(model);
        context.setVariable("model", model);
        context.setVariable("title", template.label());
        return engine.process(template.htmlTemplate(), context);
    }

    public byte[] render(DocumentTemplate template, Map<String, Object> model) {
        String xhtml = xhtml(template, model);
        byte[] fontBytes = font();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.useFont(() -> new ByteArrayInputStream(fontBytes), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] font() {
        byte[] loaded = font;
        if (loaded == null) {
            try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing bundled font " + FONT_RESOURCE);
                }
                loaded = in.readAllBytes();
                font = loaded;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }
}
