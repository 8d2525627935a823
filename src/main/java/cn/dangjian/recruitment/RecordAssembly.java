package cn.dangjian.recruitment;

import java.time.LocalDateTime;
import java.util.List;

import cn.dangjian.life.RecordMeeting;

/**
 * A 支部党员大会 that discusses admitting candidates (FZ-13..FZ-15) or confirming probationary members
 * (FZ-22/FZ-23), recorded once: it becomes the branch's meeting in organizational life, with one agenda item and
 * one secret ballot per person (FZ-14: each candidate is voted on separately), and each case gets its assembly
 * step with the outcome computed there.
 */
public record RecordAssembly(long orgId, StepKind kind, LocalDateTime heldAt, String place, Long hostMemberId,
                             Long recorderMemberId, List<RecordMeeting.Attendance> attendance, List<Ballot> ballots) {

    public RecordAssembly {
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        ballots = ballots == null ? List.of() : List.copyOf(ballots);
    }

    /**
     * One person's discussion and ballot: the main performance reported (FZ-15), the counts, the written
     * opinions of absent voters (FZ-14); for 转正 the decision put to the vote and, for an extension, its months.
     */
    public record Ballot(long caseId, String performance, int inFavour, int against, int abstaining,
                         int writtenInFavour, int writtenAgainst, int writtenAbstaining, StepResult decision,
                         Integer months, String justification) {

        public RecordMeeting.Vote vote() {
            return new RecordMeeting.Vote(inFavour, against, abstaining, true, writtenInFavour, writtenAgainst,
                    writtenAbstaining);
        }
    }
}
