package cn.dangjian.life;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A recorded meeting, with the derived counts and outcomes, as its page, the API and documents show it. */
public record MeetingView(long id, long orgId, String orgName, Long partyGroupId, String partyGroupName,
                          MeetingType type, String topic, String lecturer, LocalDateTime heldAt, String place,
                          String hostName, String recorderName, int expected, int present, int excused, int absent,
                          int votingExpected, int votingPresent, boolean quorumMet, boolean lateEntry, int daysLate,
                          Instant recordedAt, LocalDate recordedOn, String recordedBy, List<AttendeeView> attendance,
                          List<AgendaItemView> agenda) {

    public String typeLabel() {
        return type.label();
    }

    /** Who entered the record, as a reader should see it: 系统导入 for history the system brought in. */
    public String recordedByLabel() {
        return cn.dangjian.shared.Texts.recorder(recordedBy);
    }

    /** Those on leave (请假), with their reasons. */
    public List<AttendeeView> onLeave() {
        return attendance.stream().filter(a -> a.status() == AttendanceStatus.EXCUSED).toList();
    }

    /** Those absent without leave (缺席). */
    public List<AttendeeView> absentees() {
        return attendance.stream().filter(a -> a.status() == AttendanceStatus.ABSENT).toList();
    }

    public record AttendeeView(long memberId, String name, boolean fullMember, boolean voting, boolean leadingCadre,
                               AttendanceStatus status, String reason) {
    }

    /** An agenda item; {@code vote} and {@code outcome} are present when it was decided by vote. */
    public record AgendaItemView(int seq, String title, String minutes, String decision, RecordMeeting.Vote vote,
                                 VoteOutcome outcome) {

        public boolean voted() {
            return vote != null;
        }

        public Integer inFavour() {
            return vote == null ? null : vote.inFavour();
        }

        public Integer against() {
            return vote == null ? null : vote.against();
        }

        public Integer abstaining() {
            return vote == null ? null : vote.abstaining();
        }
    }
}
