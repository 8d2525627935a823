package cn.dangjian.compliance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule found for one organization. {@code subject} tells several findings of one rule apart and keeps a
 * finding the same finding from one evaluation to the next (a member id, a period such as {@code 2026-Q3}, or
 * empty); {@code message} is the Chinese sentence the to-do list shows; {@code facts} are the values that
 * triggered it, shown beside it (label → value); {@code deadline} is when it is due, if it has a date;
 * {@code fixPath} is the page where it is fixed; {@code since} is the day the condition began, when the rule can
 * tell (a meeting overdue since the day after its deadline) — a finding first seen later is dated from then, so
 * the trend shows how long things have been wrong, not when the platform first looked.
 */
public record FindingDraft(String subject, Severity severity, String message, LocalDate deadline,
                           Map<String, String> facts, String fixPath, LocalDate since) {

    public FindingDraft(String subject, Severity severity, String message, LocalDate deadline,
                        Map<String, String> facts, String fixPath) {
        this(subject, severity, message, deadline, facts, fixPath, null);
    }

    public FindingDraft {
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
