package cn.dangjian.identity;

import java.time.Instant;

/**
 * The result of checking the audit trail's hash chain: intact with {@code entries} entries, or the first
 * broken link ({@code entryId} and its time, when the entry still exists) and what is wrong with it.
 */
public record AuditIntegrity(boolean intact, long entries, Long entryId, Instant occurredAt, String message) {
}
