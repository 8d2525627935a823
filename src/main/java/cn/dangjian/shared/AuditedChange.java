package cn.dangjian.shared;

import java.util.List;

/**
 * A domain event that the audit trail records: who did what to which record, with old → new values.
 * Every module's change events implement it; the identity module writes them, append-only, in the
 * same transaction as the change.
 */
public interface AuditedChange {

    /** Username of the person (or "system") who made the change. */
    String actor();

    /** 党组织, 党员 … — the kind of record, in Chinese. */
    String recordType();

    String recordId();

    /** 新增, 修改, 移动, 撤销 … */
    String action();

    List<FieldChange> changes();

    /** One changed field: its Chinese label and the old and new values as shown to people. */
    record FieldChange(String field, String oldValue, String newValue) {
    }
}
