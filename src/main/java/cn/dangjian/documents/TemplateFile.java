package cn.dangjian.documents;

/** A Word template to download: its file name and bytes. */
public record TemplateFile(String fileName, byte[] content) {
}
