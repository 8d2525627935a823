package cn.dangjian.compliance;

import java.util.List;

/**
 * A sub-organization that needs attention: how many of its own findings are late (不符合规定 or 已逾期), how many
 * are open in all, and why, in a few words per rule, the most frequent first (「主题党日3期未按期召开」).
 */
public record OrgAttention(long orgId, String name, int late, int open, List<String> reasons) {

    public OrgAttention {
        reasons = List.copyOf(reasons);
    }

    /** The reasons as one line, e.g. 「主题党日3期未按期召开；支委会2期未按期召开」. */
    public String reason() {
        return String.join("；", reasons);
    }
}
