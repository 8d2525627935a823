package cn.dangjian.shared;

/**
 * What an uploaded file is, from its first bytes, so that a refusal can say so in plain words: an Office Open XML
 * file (.xlsx, .docx) is a ZIP archive; the old binary formats (.xls, .doc) and password-protected OOXML files are
 * OLE2 compound documents; anything else is neither.
 */
public enum OfficeFile {
    /** A ZIP archive, as .xlsx and .docx are (it may still be damaged or another kind of archive). */
    ZIP,
    /** An OLE2 compound document: an old .xls/.doc, or an .xlsx/.docx protected with a password. */
    OLD_OR_ENCRYPTED,
    /** Empty, text, an image, a PDF…: not an Office file at all. */
    OTHER;

    private static final byte[] ZIP_SIGNATURE = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
            (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** Classifies a file by its first bytes (at least 8 are needed; fewer is {@link #OTHER}). */
    public static OfficeFile of(byte[] head) {
        if (startsWith(head, ZIP_SIGNATURE)) {
            return ZIP;
        }
        return startsWith(head, OLE2_SIGNATURE) ? OLD_OR_ENCRYPTED : OTHER;
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        if (head == null || head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
