package cn.dangjian.transfer;

/**
 * What an organization owes outside the transfer steps changed at {@code orgId}: a letter from outside the platform
 * was recorded or its 回执 sent, or a 流动党员 was registered, contacted or their entry ended.
 */
public record TransferDutyChanged(long orgId) {
}
