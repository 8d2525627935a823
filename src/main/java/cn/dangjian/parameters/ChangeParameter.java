package cn.dangjian.parameters;

import java.time.LocalDate;

/**
 * Sets {@code key} for the platform ({@code orgId} null) or for one organization and its subtree from
 * {@code effectiveFrom} (today or later; {@code null} means today). {@code value} null withdraws the
 * organization's override so the higher level's value applies again. {@code reason} (调整依据) is required.
 */
public record ChangeParameter(String key, Long orgId, String value, LocalDate effectiveFrom, String reason) {
}
