package cn.dangjian.shared;

/**
 * An Excel workbook to download: a web handler returns it with {@code @ResponseBody} and the application sends it as
 * an attachment named {@code fileName}, not cached.
 */
public record XlsxFile(String fileName, byte[] content) {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
