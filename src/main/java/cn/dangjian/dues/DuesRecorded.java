package cn.dangjian.dues;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/**
 * Something was written to an organization's dues — an assessment, a payment or its correction, a reduction's
 * step, a voluntary payment, a remittance, or a batch of payments. The audit trail keeps it (one entry for a
 * batch, on the organization that recorded it), and compliance re-checks every organization in
 * {@code affectedOrgs}: an arrears finding closes when the member pays.
 */
public record DuesRecorded(String actor, String recordType, long recordNumber, long orgId, String action,
                           List<FieldChange> changes, List<Long> affectedOrgs) implements AuditedChange {

    public DuesRecorded {
        affectedOrgs = List.copyOf(affectedOrgs);
    }

    /** A change to one organization's dues. */
    public DuesRecorded(String actor, String recordType, long recordNumber, long orgId, String action,
                        List<FieldChange> changes) {
        this(actor, recordType, recordNumber, orgId, action, changes, List.of(orgId));
    }

    @Override
    public String recordId() {
        return String.valueOf(recordNumber);
    }
}
