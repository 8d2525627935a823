package cn.dangjian.member.excel;

/** The roster file as a whole cannot be read (not Excel, encrypted, wrong headers); the message is Chinese. */
public class RosterFileException extends RuntimeException {

    public RosterFileException(String message) {
        super(message);
    }

    public RosterFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
