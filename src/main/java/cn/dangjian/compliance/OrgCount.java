package cn.dangjian.compliance;

import java.util.List;

/**
 * An answer to a question about the subtree (「近三个月未开主题党日的支部」): how many organizations, and the first
 * few of them by name, with a link to the full answer built by the page.
 */
public record OrgCount(long total, List<Named> first) {

    public OrgCount {
        first = List.copyOf(first);
    }

    /** One organization of the answer. */
    public record Named(long orgId, String name) {
    }
}
