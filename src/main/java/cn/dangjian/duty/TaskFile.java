package cn.dangjian.duty;

import cn.dangjian.documents.GeneratedFile;

/** A generated document of a supervised task, with its Chinese file name. */
public record TaskFile(String fileName, byte[] content) implements GeneratedFile {
}
