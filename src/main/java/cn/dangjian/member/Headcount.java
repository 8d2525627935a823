package cn.dangjian.member;

import java.util.List;

/**
 * Members on the current roll in an organization's subtree: the total, those whose relationship is
 * held by the organization itself, and the breakdown per direct child organization.
 */
public record Headcount(long orgId, long full, long probationary, long ownFull, long ownProbationary,
                        List<Child> children) {

    public long total() {
        return full + probationary;
    }

    public record Child(long orgId, long full, long probationary) {

        public long total() {
            return full + probationary;
        }
    }
}
