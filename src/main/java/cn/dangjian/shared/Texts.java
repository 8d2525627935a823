package cn.dangjian.shared;

/**
 * Treatment of typed text shared by every form: blank and invisible characters around it are not content,
 * and line breaks are stored as {@code \n}. {@link TextKind} checks what is left.
 */
public final class Texts {

    private Texts() {
    }

    /** Who entered a record, as a reader should see it: 系统导入 for what the system brought in (no person). */
    public static String recorder(String recordedBy) {
        return recordedBy == null || recordedBy.isBlank() || "system".equals(recordedBy) ? "系统导入" : recordedBy;
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

    /** The most characters a spreadsheet cell holds (Excel's limit; a longer cell makes the whole file fail). */
    public static final int CELL_LIMIT = 32_767;

    /**
     * The text with every character removed that XML 1.0 cannot hold — and so no DOCX, XLSX or XHTML for a PDF:
     * control characters (C0 other than tab, newline and carriage return; DEL and C1), unpaired surrogates, U+FFFE and U+FFFF.
     * For rendering what is stored, whatever was stored; input is refused earlier by {@link TextKind}.
     */
    public static String printable(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && allowedInXml(s, i)) {
            i += Character.charCount(s.codePointAt(i));
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (allowedInXml(s, i)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The text as a spreadsheet cell holds it: printable, and cut at {@link #CELL_LIMIT} with the cut marked. */
    public static String cell(String s) {
        String text = printable(s);
        if (text == null || text.length() <= CELL_LIMIT) {
            return text;
        }
        String marker = "…（内容过长，已截断，原文" + text.codePointCount(0, text.length()) + "字）";
        int keep = CELL_LIMIT - marker.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + marker;
    }

    private static boolean allowedInXml(String s, int i) {
        int cp = s.codePointAt(i);
        if (cp < 0x20) {
            return cp == '\t' || cp == '\n' || cp == '\r';
        }
        if (Character.isSurrogate(s.charAt(i)) && Character.charCount(cp) == 1) {
            return false;
        }
        return cp != 0xFFFE && cp != 0xFFFF && (cp < 0x7F || cp > 0x9F);
    }

    /** A LIKE pattern's literal part: backslash, % and _ escaped (PostgreSQL's default escape character). */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
