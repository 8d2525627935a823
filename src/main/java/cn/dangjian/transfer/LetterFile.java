package cn.dangjian.transfer;

import cn.dangjian.documents.GeneratedFile;

/** A generated 介绍信 to download: its Chinese file name (with the extension) and content. */
public record LetterFile(String fileName, byte[] content) implements GeneratedFile {

    /** A Word document (in the organization's own format where one is uploaded) or a PDF. */
    public enum Format {
        DOCX, PDF
    }
}
