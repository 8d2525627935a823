package cn.dangjian.life.internal;

import cn.dangjian.life.MeetingType;
import cn.dangjian.life.VoteOutcome;

/**
 * Quorum and pass thresholds, computed from the attendance record, never typed.
 * <ul>
 *   <li>支部党员大会 (ZB-08, 《中国共产党支部工作条例（试行）》第十一条): a vote needs more than half of the members
 *   with voting rights who should attend (应到会) to be present; a motion passes when the votes in favour exceed
 *   half of those who should attend — not half of those present.</li>
 *   <li>支委会 (ZB-09, 第十二条): the meeting may proceed only when more than half of the committee members
 *   attend; a decision passes when those in favour exceed half of the committee members (the same
 *   应到会 majority as the assembly — the catalogue gives no separate threshold).</li>
 * </ul>
 * Exactly half is not "more than half": 5 of 10 is no quorum.
 */
public final class VoteRules {

    static final String ASSEMBLY = "ZB-08，《中国共产党支部工作条例（试行）》第十一条";
    static final String COMMITTEE = "ZB-09，《中国共产党支部工作条例（试行）》第十二条";

    private VoteRules() {
    }

    /** Whether decisions of this kind of meeting are taken by vote at all. */
    public static boolean votes(MeetingType type) {
        return type == MeetingType.BRANCH_ASSEMBLY || type == MeetingType.COMMITTEE_MEETING;
    }

    /** Whether the meeting itself had its quorum (for a 支委会, whether it could be held at all). */
    public static boolean quorum(int expected, int present) {
        return present * 2 > expected;
    }

    /**
     * The outcome of one vote. {@code expected}/{@code present} count the members with voting rights (assembly)
     * or the committee members (支委会).
     */
    public static VoteOutcome outcome(MeetingType type, int expected, int present, int inFavour, int against,
                                      int abstaining) {
        String who = type == MeetingType.COMMITTEE_MEETING ? "委员" : "有表决权党员";
        String rule = type == MeetingType.COMMITTEE_MEETING ? COMMITTEE : ASSEMBLY;
        if (!quorum(expected, present)) {
            String message = type == MeetingType.COMMITTEE_MEETING
                    ? "出席委员" + present + "人，未超过委员总数" + expected + "人的半数，会议不能举行，表决无效（" + rule + "）"
                    : "出席人数未超过应到会有表决权党员半数（应到" + expected + "人，实到" + present + "人），表决无效（" + rule + "）";
            return new VoteOutcome(false, false, message);
        }
        String tally = "赞成" + inFavour + "票，反对" + against + "票，弃权" + abstaining + "票";
        if (inFavour * 2 > expected) {
            return new VoteOutcome(true, true, tally + "，赞成票超过应到会" + who + expected + "人的半数，通过");
        }
        return new VoteOutcome(true, false, tally + "，赞成票未超过应到会" + who + expected + "人的半数，未通过（" + rule + "）");
    }

    /** Why the tally cannot be right, or {@code null}: no negative counts, no more votes than voters present. */
    public static String tallyProblem(int present, int inFavour, int against, int abstaining) {
        if (inFavour < 0 || against < 0 || abstaining < 0) {
            return "票数不能为负数";
        }
        int cast = inFavour + against + abstaining;
        if (cast > present) {
            return "赞成、反对、弃权票合计" + cast + "票，超过出席的有表决权人数" + present + "人";
        }
        return null;
    }
}
