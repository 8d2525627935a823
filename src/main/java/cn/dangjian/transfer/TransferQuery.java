package cn.dangjian.transfer;

/**
 * What a transfer list is narrowed to: a state, a kind, the year it was started, and text matched against the
 * member's name, the other organization's name or a letter's number. Every part is optional.
 */
public record TransferQuery(TransferState state, TransferKind kind, Integer year, String text) {

    public static final TransferQuery ALL = new TransferQuery(null, null, null, null);
}
