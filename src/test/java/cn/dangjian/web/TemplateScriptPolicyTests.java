package cn.dangjian.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy allows scripts only from the platform's own files ({@code script-src 'self'}): an
 * inline handler ({@code onclick="…"}), a {@code javascript:} link or an inline {@code <script>} in a template is
 * blocked in the browser, so the button silently does nothing (a confirmation skipped, a field not selected). The
 * browser walks only see the pages they visit; this reads every template. Behaviour is declared with data
 * attributes ({@code data-confirm}, {@code data-select-on-focus} …) that {@code app.js} acts on.
 */
class TemplateScriptPolicyTests {

    private static final Pattern INLINE = Pattern.compile(
            "<[^>]*\\son[a-z]+\\s*=|href\\s*=\\s*\"javascript:|<script(?![^>]*\\ssrc=|[^>]*th:src=)[^>]*>",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateRunsInlineScript() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = INLINE.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(file + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckRecognisesWhatItForbids() {
        assertThat(INLINE.matcher("<button class=\"btn\" onclick=\"return confirm('x')\">").find()).isTrue();
        assertThat(INLINE.matcher("<input readonly\n onfocus=\"this.select()\">").find()).isTrue();
        assertThat(INLINE.matcher("<a href=\"javascript:void(0)\">").find()).isTrue();
        assertThat(INLINE.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(INLINE.matcher("<script th:src=\"@{/js/app.js}\" defer></script>").find()).isFalse();
        assertThat(INLINE.matcher("<button data-confirm=\"确定撤销吗？\">撤销</button>").find()).isFalse();
    }
}
