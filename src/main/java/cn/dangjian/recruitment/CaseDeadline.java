package cn.dangjian.recruitment;

/** An open case's next deadline, for the compliance engine: which case, where, and what it waits for. */
public record CaseDeadline(long caseId, long orgId, String name, Stage stage, Deadline deadline) {
}
