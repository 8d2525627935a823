package cn.dangjian.life.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.life.MeetingType;
import cn.dangjian.life.RecordMeeting;
import cn.dangjian.shared.Counts;
import cn.dangjian.shared.DateKind;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.TextKind;

/**
 * The typed parts of a meeting record, cleaned and bounded: topic, lecturer, place, leave reasons, agenda
 * texts, and every vote count bounded by the people who could cast it. Who attended is checked by
 * {@code Meetings} against the expected attendees; what is checked here needs only the record and the counts.
 */
public final class MeetingInput {

    /** The texts as they are stored; {@code reasons} by member id, {@code items} without blank titles. */
    public record Cleaned(String topic, String lecturer, String place, Map<Long, String> reasons,
                          List<MeetingStore.StoredItem> items) {
    }

    private MeetingInput() {
    }

    public static Cleaned check(RecordMeeting cmd, List<FieldProblem> problems) {
        String topicLabel = cmd.type() == MeetingType.PARTY_LESSON ? "党课题目" : "会议主题";
        String topic = TextKind.TITLE.required("topic", topicLabel, cmd.topic(), problems);
        String lecturer = TextKind.PERSON_NAME.optional("lecturer", "主讲人", cmd.lecturer(), problems);
        String place = TextKind.SHORT_TEXT.optional("place", "会议地点", cmd.place(), problems);
        DateKind.PARTY_EVENT.check("heldAt", "会议时间", cmd.heldAt(), problems);
        Map<Long, String> reasons = new HashMap<>();
        for (int i = 0; i < cmd.attendance().size(); i++) {
            RecordMeeting.Attendance a = cmd.attendance().get(i);
            String reason = TextKind.TITLE.optional("attendance[" + i + "].reason", "请假事由", a.reason(), problems);
            if (reason != null) {
                reasons.put(a.memberId(), reason);
            }
        }
        List<MeetingStore.StoredItem> items = new ArrayList<>();
        for (int i = 0; i < cmd.agenda().size(); i++) {
            RecordMeeting.AgendaItem item = cmd.agenda().get(i);
            String at = "agenda[" + i + "].";
            String label = "议题" + (i + 1);
            String title = TextKind.TITLE.optional(at + "title", label, item.title(), problems);
            String minutes = TextKind.LONG_TEXT.optional(at + "minutes", label + "的记录", item.minutes(), problems);
            String decision = TextKind.LONG_TEXT.optional(at + "decision", label + "的决定", item.decision(), problems);
            if (title != null) {
                items.add(new MeetingStore.StoredItem(items.size() + 1, title, minutes, decision, item.vote()));
            }
        }
        return new Cleaned(topic, lecturer, place, reasons, items);
    }

    /**
     * Each count of a vote is at most the people who could cast it: ballots at most the voters present,
     * written opinions at most the voters absent. The field names the agenda item and the count.
     */
    public static boolean votesWithin(int index, RecordMeeting.Vote vote, int votingExpected, int votingPresent,
                                      List<FieldProblem> problems) {
        String at = "agenda[" + index + "].vote.";
        String label = "议题" + (index + 1) + "的";
        int absent = Math.max(0, votingExpected - votingPresent);
        String presentBound = "出席的有表决权人数";
        String absentBound = "未到会的有表决权人数";
        boolean ok = Counts.within(at + "inFavour", label + "赞成票", vote.inFavour(), votingPresent, presentBound, problems);
        ok &= Counts.within(at + "against", label + "反对票", vote.against(), votingPresent, presentBound, problems);
        ok &= Counts.within(at + "abstaining", label + "弃权票", vote.abstaining(), votingPresent, presentBound, problems);
        ok &= Counts.within(at + "writtenInFavour", label + "书面赞成意见", vote.writtenInFavour(), absent, absentBound, problems);
        ok &= Counts.within(at + "writtenAgainst", label + "书面反对意见", vote.writtenAgainst(), absent, absentBound, problems);
        ok &= Counts.within(at + "writtenAbstaining", label + "书面弃权意见", vote.writtenAbstaining(), absent, absentBound, problems);
        return ok;
    }
}
