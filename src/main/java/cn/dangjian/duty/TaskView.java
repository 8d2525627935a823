package cn.dangjian.duty;

import java.time.LocalDate;
import java.util.List;

/**
 * A supervised task as its page and the API show it: the 督办通知单's content, the issuer, and the parts the caller
 * may see — all of them for the issuer's side; for an assignee its own in full and the others in outline.
 * {@code asIssuer} says on which side the caller stands.
 */
public record TaskView(long id, String number, long issuerOrgId, String issuerName, String title, String content,
                       TaskSource source, String sourceNote, String criteria, LocalDate deadline, TaskData data,
                       Integer reportYear, Integer reportQuarter, TaskState state, LocalDate issuedOn, String issuedBy,
                       LocalDate closedOn, List<AssignmentView> assignments, boolean asIssuer, int version) {

    public TaskView {
        assignments = List.copyOf(assignments);
    }

    /** The period the generated figures cover: 2026年, or 2026年第三季度. */
    public String reportPeriod() {
        if (reportYear == null) {
            return "";
        }
        return reportYear + "年" + (reportQuarter == null || reportQuarter == 0 ? ""
                : "第" + "一二三四".charAt(reportQuarter - 1) + "季度");
    }
}
