package cn.dangjian.compliance;

import java.util.List;

/** A rule of the catalogue as the catalogue page shows it, with its parameters' platform values in force. */
public record RuleView(String code, String ruleId, String article, int version, RuleCategory category, String title,
                       List<Parameter> parameters) {

    /** A parameter the rule reads: key, label and the platform-wide value in force today (as shown). */
    public record Parameter(String key, String label, String value) {
    }
}
