package cn.dangjian.life.internal;

import cn.dangjian.life.MeetingType;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.life.VoteOutcome;
import cn.dangjian.shared.Counts;

/**
 * Quorum and pass thresholds, computed from the attendance record, never typed.
 * <ul>
 *   <li>支部党员大会 (ZB-08, 《中国共产党支部工作条例（试行）》第十一条): a vote needs more than half of the members
 *   with voting rights who should attend (应到会) to be present; a motion passes when the votes in favour exceed
 *   half of those who should attend — not half of those present.</li>
 *   <li>支委会 (ZB-09, 第十二条): the meeting may proceed only when more than half of the committee members
 *   attend; a decision passes when those in favour exceed half of the committee members (the same
 *   应到会 majority as the assembly — the catalogue gives no separate threshold).</li>
 *   <li>Admitting a member (FZ-13/FZ-14, 《发展党员工作细则》第十九、二十条; 转正 by FZ-23): the same quorum, by
 *   secret ballot; written opinions handed in before the meeting by voting members who could not attend count
 *   towards the result, never towards the quorum.</li>
 * </ul>
 * Exactly half is not "more than half": 5 of 10 is no quorum.
 */
public final class VoteRules {

    static final String ASSEMBLY = "ZB-08，《中国共产党支部工作条例（试行）》第十一条";
    static final String COMMITTEE = "ZB-09，《中国共产党支部工作条例（试行）》第十二条";
    static final String WRITTEN = "FZ-14，《中国共产党发展党员工作细则》第二十条";

    private VoteRules() {
    }

    /** Whether decisions of this kind of meeting are taken by vote at all. */
    public static boolean votes(MeetingType type) {
        return type == MeetingType.BRANCH_ASSEMBLY || type == MeetingType.COMMITTEE_MEETING;
    }

    /** Whether the meeting itself had its quorum (for a 支委会, whether it could be held at all). */
    public static boolean quorum(int expected, int present) {
        return present * 2L > expected;
    }

    /** The outcome of a show of hands with no written opinions. */
    public static VoteOutcome outcome(MeetingType type, int expected, int present, int inFavour, int against,
                                      int abstaining) {
        return outcome(type, expected, present, new RecordMeeting.Vote(inFavour, against, abstaining));
    }

    /**
     * The outcome of one vote. {@code expected}/{@code present} count the members with voting rights (assembly)
     * or the committee members (支委会).
     */
    public static VoteOutcome outcome(MeetingType type, int expected, int present, RecordMeeting.Vote vote) {
        String who = type == MeetingType.COMMITTEE_MEETING ? "委员" : "有表决权党员";
        String rule = type == MeetingType.COMMITTEE_MEETING ? COMMITTEE : ASSEMBLY;
        if (!quorum(expected, present)) {
            String message = type == MeetingType.COMMITTEE_MEETING
                    ? "出席委员" + present + "人，未超过委员总数" + expected + "人的半数，会议不能举行，表决无效（" + rule + "）"
                    : "出席人数未超过应到会有表决权党员半数（应到" + expected + "人，实到" + present + "人），表决无效（" + rule + "）";
            return new VoteOutcome(false, false, message);
        }
        long inFavour = Counts.sum(vote.inFavour(), vote.writtenInFavour());
        long written = Counts.sum(vote.writtenInFavour(), vote.writtenAgainst(), vote.writtenAbstaining());
        String tally = (vote.secretBallot() ? "无记名投票，" : "") + "赞成" + inFavour + "票，反对"
                + Counts.sum(vote.against(), vote.writtenAgainst()) + "票，弃权"
                + Counts.sum(vote.abstaining(), vote.writtenAbstaining())
                + "票" + (written == 0 ? "" : "（含未到会党员书面意见" + written + "份）");
        if (inFavour * 2 > expected) {
            return new VoteOutcome(true, true, tally + "，赞成票超过应到会" + who + expected + "人的半数，通过");
        }
        return new VoteOutcome(true, false, tally + "，赞成票未超过应到会" + who + expected + "人的半数，未通过（" + rule + "）");
    }

    /** Why a show of hands cannot be right, or {@code null}. */
    public static String tallyProblem(int present, int inFavour, int against, int abstaining) {
        return tallyProblem(MeetingType.BRANCH_ASSEMBLY, present, present, new RecordMeeting.Vote(inFavour, against, abstaining));
    }

    /**
     * Why the tally cannot be right, or {@code null}: no negative counts, no more ballots than voters present,
     * no more written opinions than voting members absent, and written opinions only at a 支部党员大会.
     */
    public static String tallyProblem(MeetingType type, int expected, int present, RecordMeeting.Vote vote) {
        if (vote.inFavour() < 0 || vote.against() < 0 || vote.abstaining() < 0 || vote.writtenInFavour() < 0
                || vote.writtenAgainst() < 0 || vote.writtenAbstaining() < 0) {
            return "票数不能为负数";
        }
        long cast = Counts.sum(vote.inFavour(), vote.against(), vote.abstaining());
        if (cast > present) {
            return "赞成、反对、弃权票合计" + cast + "票，超过出席的有表决权人数" + present + "人";
        }
        long written = Counts.sum(vote.writtenInFavour(), vote.writtenAgainst(), vote.writtenAbstaining());
        if (written > 0 && type != MeetingType.BRANCH_ASSEMBLY) {
            return "只有支部党员大会表决时才计入未到会党员的书面意见（" + WRITTEN + "）";
        }
        if (written > expected - present) {
            return "书面意见" + written + "份，超过未到会的有表决权党员人数" + (expected - present) + "人（" + WRITTEN + "）";
        }
        return null;
    }
}
