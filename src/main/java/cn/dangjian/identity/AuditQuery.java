package cn.dangjian.identity;

import java.time.LocalDate;

/**
 * Filters of the audit trail: the actor (username or a person's name), the kind and id of the record, the action
 * (新增, 修改, 登录…) and a date range (days in Asia/Shanghai, inclusive).
 */
public record AuditQuery(String actor, String recordType, String recordId, LocalDate from, LocalDate to,
                         String action) {

    public AuditQuery(String actor, String recordType, String recordId, LocalDate from, LocalDate to) {
        this(actor, recordType, recordId, from, to, null);
    }
}
