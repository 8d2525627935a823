package cn.dangjian.identity;

import java.time.Instant;
import java.util.List;

import cn.dangjian.shared.AuditedChange.FieldChange;

/** One line of the audit trail: who, when, which record, what, old → new. */
public record AuditEntry(long id, Instant occurredAt, String actor, String recordType, String recordId,
                         String action, List<FieldChange> changes) {
}
