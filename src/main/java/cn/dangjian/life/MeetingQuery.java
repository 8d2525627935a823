package cn.dangjian.life;

import java.time.LocalDate;

/**
 * Filters of a meeting list: an organization's subtree (only the organization itself when {@code subtree} is
 * false), a type, a date range of the held date, only late entries, a keyword in the topic.
 */
public record MeetingQuery(Long orgId, MeetingType type, LocalDate from, LocalDate to, Boolean lateOnly, String text,
                           Boolean subtree) {

    public MeetingQuery(Long orgId, MeetingType type, LocalDate from, LocalDate to, Boolean lateOnly) {
        this(orgId, type, from, to, lateOnly, null, null);
    }

    public static MeetingQuery ofOrg(long orgId) {
        return new MeetingQuery(orgId, null, null, null, false);
    }

    /** Whether the organization's sub-organizations are included (the default). */
    public boolean includesSubtree() {
        return !Boolean.FALSE.equals(subtree);
    }
}
