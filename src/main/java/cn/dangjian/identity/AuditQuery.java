package cn.dangjian.identity;

import java.time.LocalDate;

/** Filters of the audit trail. */
public record AuditQuery(String actor, String recordType, String recordId, LocalDate from, LocalDate to) {
}
