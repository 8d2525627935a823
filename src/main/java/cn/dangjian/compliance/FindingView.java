package cn.dangjian.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A stored finding as the to-do list and the drill-down show it: the rule (code, version, catalogue id, article,
 * title), what was found and the facts behind it, where it is fixed, when it was first found and — once the data
 * no longer shows it, or its period fell out of the rule's window unremedied ({@code lapsed}) — when it closed; and the organization's written explanation, if any (shown, never hiding
 * the finding from the higher level).
 */
public record FindingView(long id, long orgId, String orgName, String ruleCode, int ruleVersion, String ruleId,
                          String article, String ruleTitle, RuleCategory category, Severity severity, String subject,
                          String message, Map<String, String> facts, Map<String, String> parameters,
                          LocalDate deadline, String fixPath, LocalDate openedOn, LocalDate resolvedOn,
                          boolean lapsed, String explanation, String explainedBy, Instant explainedAt) {

    public boolean open() {
        return resolvedOn == null;
    }

    /** The button that does what the finding asks (记录支委会, 登记谈话…), or 去处理 where no single step fits. */
    public String actionLabel() {
        return FindingActions.label(ruleCode, ruleId);
    }

    /**
     * The message without its closing citation 「（ZB-09，《…》第十二条，截止 …）」, for lists that show the rule id
     * and article on a line of their own.
     */
    public String summary() {
        int cited = ruleId == null ? -1 : message.lastIndexOf("（" + ruleId + "，");
        return cited > 0 && message.endsWith("）") ? message.substring(0, cited) : message;
    }

    /** Late: the data shows a rule broken, or something due is past its deadline. */
    public boolean late() {
        return severity == Severity.VIOLATION || severity == Severity.OVERDUE;
    }
}
