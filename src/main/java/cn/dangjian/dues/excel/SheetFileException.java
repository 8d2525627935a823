package cn.dangjian.dues.excel;

/** An uploaded file that cannot be read as a whole (not .xlsx, too large, no header); the message is Chinese. */
public class SheetFileException extends RuntimeException {

    public SheetFileException(String message) {
        super(message);
    }

    public SheetFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
