package cn.dangjian.dues;

/** A generated ledger to download: its Chinese file name (with the extension) and content. */
public record LedgerFile(String fileName, byte[] content) {

    /** How a ledger can be had: an Excel sheet, a Word document, a PDF. */
    public enum Format {
        XLSX, DOCX, PDF;

        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
