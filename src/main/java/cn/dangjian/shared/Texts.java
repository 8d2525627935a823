package cn.dangjian.shared;

/**
 * Treatment of typed text shared by every form: blank and invisible characters around it are not content,
 * and line breaks are stored as {@code \n}. {@link TextKind} checks what is left.
 */
public final class Texts {

    private Texts() {
    }

    /**
     * The text without blank or invisible characters at either end (spaces of every width incl. NBSP and
     * 全角空格, zero-width characters, BOM), line breaks as {@code \n}; {@code null} when nothing else is left.
     */
    public static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        int start = 0;
        int end = s.length();
        while (start < end && invisible(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && invisible(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        if (start == end) {
            return null;
        }
        String text = s.substring(start, end);
        return text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
    }

    /** Blank or invisible: whitespace, spaces of any width (NBSP, 全角空格), zero-width characters, BOM. */
    static boolean invisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }
}
