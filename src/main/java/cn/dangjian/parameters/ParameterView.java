package cn.dangjian.parameters;

import java.time.LocalDate;
import java.util.List;

/**
 * A parameter as the settings page shows it for one level (the platform, or one organization): the value in
 * force today and where it comes from, and the settings made at this level, newest first (future ones pending).
 */
public record ParameterView(ParameterDefinition definition, String value, String display, String source,
                            LocalDate since, boolean setHere, List<SettingView> history) {

    /** One setting at this level as shown: the value, or 恢复上级设置 for a withdrawal. */
    public record SettingView(String display, LocalDate effectiveFrom, String reason, String setBy,
                              java.time.Instant setAt, boolean pending) {
    }
}
