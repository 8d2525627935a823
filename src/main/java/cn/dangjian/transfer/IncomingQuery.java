package cn.dangjian.transfer;

/**
 * Narrows the list of letters received from outside the platform: the year the member was taken in, only those whose
 * 回执 is still to be sent, and a text matched against the member's name, the issuer and the letter's number.
 */
public record IncomingQuery(Integer year, boolean receiptPending, String text) {

    public static final IncomingQuery ALL = new IncomingQuery(null, false, null);
}
