package cn.dangjian.org;

import java.time.LocalDate;

/**
 * The higher organization's approval of an organization's form (批准设立), recorded where the 条例 asks for one:
 * a 机关党委 in a 机关 of fewer than 100 members (JG-01, 第五条) or a 党总支 in one of fewer than 50 (JG-02,
 * 第六条), and the choice of form at exactly 100 members, where both articles apply.
 *
 * @param approvedOn the day the higher organization approved
 * @param reference  the approval's document number (批准文号)
 */
public record FormApproval(LocalDate approvedOn, String reference) {
}
