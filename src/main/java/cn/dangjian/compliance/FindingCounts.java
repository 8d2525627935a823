package cn.dangjian.compliance;

/**
 * A subtree's findings of one category in one year: opened in the year, closed in it because the record was made
 * ({@code resolved}) or because the period ran out unremedied ({@code lapsed}), and open now, of which overdue or
 * against the rules.
 */
public record FindingCounts(RuleCategory category, int opened, int resolved, int lapsed, int openNow,
                            int openMissed) {
}
