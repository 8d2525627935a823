package cn.dangjian.life;

import java.util.List;

/**
 * Everything the recording form can fill in by itself: the organization, the expected attendees taken from
 * the roster (the branch, one party group, or the committee), and who among them votes.
 */
public record MeetingDraft(long orgId, String orgName, MeetingType type, Long partyGroupId, String partyGroupName,
                           List<ExpectedAttendee> attendees, List<PartyGroup> partyGroups, boolean hasCommittee) {

    public long votingCount() {
        return attendees.stream().filter(ExpectedAttendee::voting).count();
    }

    /** A party group of the organization, for choosing whose 党小组会 is recorded. */
    public record PartyGroup(long id, String name) {
    }
}
