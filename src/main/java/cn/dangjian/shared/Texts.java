package cn.dangjian.shared;

/** Treatment of typed text shared by every form: surrounding blanks are not content. */
public final class Texts {

    private Texts() {
    }

    /** The trimmed text, or {@code null} when nothing but blanks was typed. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
