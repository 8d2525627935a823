package cn.dangjian.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * Measures, in the page, the two ways a page breaks on a phone: the document is wider than the viewport (named by the
 * innermost elements that stick out, outside any box that scrolls or clips them), and text squeezed so narrow that
 * it stands one character per line (a text node whose characters average fewer than two per line box it occupies,
 * counted from the line boxes a Range over it reports).
 */
final class PhoneLayoutProbe {

    private static final String MEASURE = """
            () => {
              const vw = window.innerWidth;
              const describe = el => {
                const text = (el.innerText || el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 40);
                return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + (el.classList.length ? '.' + Array.from(el.classList).slice(0, 2).join('.') : '') + ' “' + text + '”';
              };
              const clipped = el => {
                for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
                  const o = getComputedStyle(a).overflowX;
                  if (o !== 'visible') { return true; }
                }
                return false;
              };
              const hidden = el => {
                const s = getComputedStyle(el);
                if (s.visibility === 'hidden' || s.display === 'none') { return true; }
                const head = el.closest('thead');
                return head !== null && head.getBoundingClientRect().height <= 2;
              };
              const wide = [];
              const width = document.documentElement.scrollWidth;
              if (width > vw) {
                for (const el of document.body.querySelectorAll('*')) {
                  const r = el.getBoundingClientRect();
                  if (r.width === 0 || r.right <= vw + 1 || hidden(el) || clipped(el)) { continue; }
                  if (Array.from(el.children).some(c => c.getBoundingClientRect().right > vw + 1)) { continue; }
                  wide.push(describe(el) + ' reaches ' + Math.round(r.right) + ' px');
                  if (wide.length >= 3) { break; }
                }
              }
              const narrow = [];
              const letters = /[\\p{L}\\p{N}]/gu;
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n && narrow.length < 5; n = walker.nextNode()) {
                const chars = (n.textContent.match(letters) || []).length;
                const el = n.parentElement;
                if (chars < 2 || !el || el.closest('script,style,template,option') || hidden(el)) { continue; }
                const range = document.createRange();
                range.selectNodeContents(n);
                const rects = Array.from(range.getClientRects()).filter(r => r.width > 0 && r.height > 0)
                  .sort((a, b) => a.top - b.top);
                let lines = 0;
                let bottom = -Infinity;
                for (const r of rects) {
                  if (r.top >= bottom - 2) { lines++; bottom = r.bottom; } else { bottom = Math.max(bottom, r.bottom); }
                }
                if (lines >= 2 && chars / lines < 2) {
                  narrow.push(describe(el) + ' stands on ' + lines + ' lines for ' + chars + ' characters');
                }
              }
              return { width: width, viewport: vw, wide: wide, narrow: narrow };
            }
            """;

    private PhoneLayoutProbe() {
    }

    /** What is wrong with the page as shown, each line starting with {@code where}; empty if it fits. */
    @SuppressWarnings("unchecked")
    static List<String> problems(Page page, String where) {
        Map<String, Object> m = (Map<String, Object>) page.evaluate(MEASURE);
        List<String> problems = new ArrayList<>();
        int width = ((Number) m.get("width")).intValue();
        int viewport = ((Number) m.get("viewport")).intValue();
        if (width > viewport) {
            problems.add(where + ": page is " + width + " px wide on a " + viewport + " px screen; "
                    + String.join("; ", (List<String>) m.get("wide")));
        }
        for (String squeezed : (List<String>) m.get("narrow")) {
            problems.add(where + ": one character per line: " + squeezed);
        }
        return problems;
    }
}
