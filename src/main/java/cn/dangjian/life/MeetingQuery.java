package cn.dangjian.life;

import java.time.LocalDate;

/** Filters of a meeting list: an organization's subtree, a type, a date range, only late entries. */
public record MeetingQuery(Long orgId, MeetingType type, LocalDate from, LocalDate to, Boolean lateOnly) {

    public static MeetingQuery ofOrg(long orgId) {
        return new MeetingQuery(orgId, null, null, null, false);
    }
}
