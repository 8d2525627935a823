package cn.dangjian.duty;

/** A generated document of a supervised task, with its Chinese file name. */
public record TaskFile(String fileName, byte[] content) {
}
