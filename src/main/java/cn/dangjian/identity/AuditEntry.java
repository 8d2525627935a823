package cn.dangjian.identity;

import java.time.Instant;
import java.util.List;

import cn.dangjian.shared.AuditedChange.FieldChange;

/**
 * One line of the audit trail: who ({@code actor} is the username; {@code actorName} the account's name when there
 * is such an account), when, which record, what, old → new.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String recordType, String recordId,
                         String action, List<FieldChange> changes, String actorName) {

    /** The name people know the actor by: the account's name, 系统 for the system, otherwise the username. */
    public String actorLabel() {
        if (actorName != null && !actorName.isBlank()) {
            return actorName;
        }
        return "system".equals(actor) ? "系统" : actor;
    }
}
