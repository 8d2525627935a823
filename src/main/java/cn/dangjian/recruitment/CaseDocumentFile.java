package cn.dangjian.recruitment;

/** A generated document of a case, with the Chinese file name it is offered under. */
public record CaseDocumentFile(String fileName, byte[] content) {
}
