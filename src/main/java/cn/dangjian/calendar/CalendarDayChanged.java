package cn.dangjian.calendar;

import java.util.List;

import cn.dangjian.shared.AuditedChange;

/** A day of the official calendar was entered, changed or removed; the audit trail records it. */
public record CalendarDayChanged(String actor, String day, String action, List<FieldChange> changes)
        implements AuditedChange {

    @Override
    public String recordType() {
        return "节假日安排";
    }

    @Override
    public String recordId() {
        return day;
    }
}
