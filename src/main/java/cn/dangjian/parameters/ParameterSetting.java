package cn.dangjian.parameters;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored setting: a value (or, with {@code value} null, the withdrawal of an override) for the platform
 * ({@code orgId} null) or one organization's subtree, effective from a date, with who set it and why.
 */
public record ParameterSetting(long id, String key, Long orgId, String value, LocalDate effectiveFrom,
                               String reason, String setBy, Instant setAt) {
}
