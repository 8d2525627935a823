package cn.dangjian.documents;

/** A generated document with its Chinese file name, as a module's facade returns it for download. */
public interface GeneratedFile {

    String fileName();

    byte[] content();
}
