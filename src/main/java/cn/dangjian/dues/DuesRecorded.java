package cn.dangjian.dues;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/**
 * Something was written to an organization's dues — an assessment, a payment or its correction, a reduction's
 * step, a voluntary payment, a remittance. The audit trail keeps it, and compliance re-checks the organization
 * ({@code orgId}): an arrears finding closes when the member pays.
 */
public record DuesRecorded(String actor, String recordType, long recordNumber, long orgId, String action,
                           List<FieldChange> changes) implements AuditedChange {

    @Override
    public String recordId() {
        return String.valueOf(recordNumber);
    }
}
