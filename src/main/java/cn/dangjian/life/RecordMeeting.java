package cn.dangjian.life;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting as the person who held it records it: what, when, where, who chaired and took notes, who was
 * there (every expected attendee, each 出席/请假/缺席), and the agenda with its minutes and any vote.
 * Counts, voting rights and quorum are computed from this, never typed.
 */
public record RecordMeeting(long orgId, MeetingType type, Long partyGroupId, String topic, String lecturer,
                            LocalDateTime heldAt, String place, Long hostMemberId, Long recorderMemberId,
                            List<Attendance> attendance, List<AgendaItem> agenda) {

    public RecordMeeting {
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
    }

    /** One expected attendee's presence; {@code reason} is required for 请假. */
    public record Attendance(long memberId, AttendanceStatus status, String reason) {
    }

    /** One agenda item; {@code vote} is present when the item was decided by vote. */
    public record AgendaItem(String title, String minutes, String decision, Vote vote) {
    }

    /**
     * A show of hands or ballot count: in favour, against, abstaining among those present; for a secret ballot
     * (无记名投票, FZ-14) also the written opinions handed in before the meeting by voting members who could not
     * attend, which count towards the result but not towards the quorum.
     */
    public record Vote(int inFavour, int against, int abstaining, boolean secretBallot, int writtenInFavour,
                       int writtenAgainst, int writtenAbstaining) {

        /** A vote by show of hands, with no written opinions. */
        public Vote(int inFavour, int against, int abstaining) {
            this(inFavour, against, abstaining, false, 0, 0, 0);
        }

        public int written() {
            return writtenInFavour + writtenAgainst + writtenAbstaining;
        }
    }
}
