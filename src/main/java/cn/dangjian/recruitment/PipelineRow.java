package cn.dangjian.recruitment;

/**
 * The recruitment pipeline of one organization's subtree (发展党员情况): open cases per stage, how many are
 * overdue and how many wait for the approving 党委.
 */
public record PipelineRow(long orgId, String orgName, boolean branch, int applicants, int activists, int candidates,
                          int probationary, int overdue, int awaitingApproval) {

    public int open() {
        return applicants + activists + candidates + probationary;
    }
}
