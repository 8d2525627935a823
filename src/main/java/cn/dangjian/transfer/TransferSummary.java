package cn.dangjian.transfer;

/**
 * An organization's transfers at a glance, for its subtree (ZJ-10's home page): in the year, the members who left it
 * (to another organization of the platform, or out of it with a letter — counted once sent), those it took in (of
 * them, with a letter from outside the platform), and those who moved between its own organizations; now, the
 * transfers waiting for an approval, sent and waiting to be accepted, letters out whose 回执 has not come back, and
 * letters taken in whose 回执 it has not sent yet.
 */
public record TransferSummary(int year, int out, int outOfPlatform, int in, int fromOutside, int within,
                              int approving, int awaitingAcceptance, int awaitingReceipt, int receiptsToSend) {
}
