package cn.dangjian.transfer;

/**
 * A letter from outside the platform was recorded, or its 回执 sent, at {@code orgId}: what the receiving
 * organization still owes has changed.
 */
public record IncomingLetterRecorded(long orgId) {
}
