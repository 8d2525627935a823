package cn.dangjian.life;

import java.util.List;
import java.util.function.Function;

/**
 * Everything the recording form can fill in by itself: the organization, the expected attendees taken from
 * the roster (the branch, one party group, or the committee), and who among them votes.
 */
public record MeetingDraft(long orgId, String orgName, MeetingType type, Long partyGroupId, String partyGroupName,
                           List<ExpectedAttendee> attendees, List<PartyGroup> partyGroups, boolean hasCommittee) {

    public long votingCount() {
        return attendees.stream().filter(ExpectedAttendee::voting).count();
    }

    /** Whether this kind of meeting decides by vote (支部党员大会, 支委会). */
    public boolean votes() {
        return type == MeetingType.BRANCH_ASSEMBLY || type == MeetingType.COMMITTEE_MEETING;
    }

    /** The members with voting rights whom {@code statusOf} marks 出席. */
    public int votingPresent(Function<Long, AttendanceStatus> statusOf) {
        return (int) attendees.stream().filter(ExpectedAttendee::voting)
                .filter(a -> statusOf.apply(a.memberId()) == AttendanceStatus.PRESENT).count();
    }

    /**
     * The votes in favour when none were typed: every voter present who did not vote against or abstain (a vote is
     * unanimous until the secretary records otherwise).
     */
    public static int inFavourByDefault(int votingPresent, int against, int abstaining) {
        return Math.max(0, votingPresent - against - abstaining);
    }

    /** A party group of the organization, for choosing whose 党小组会 is recorded. */
    public record PartyGroup(long id, String name) {
    }
}
