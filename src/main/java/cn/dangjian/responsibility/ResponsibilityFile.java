package cn.dangjian.responsibility;

import cn.dangjian.documents.GeneratedFile;

/** A generated document of the responsibility module (述职报告), with its Chinese file name. */
public record ResponsibilityFile(String fileName, byte[] content) implements GeneratedFile {
}
