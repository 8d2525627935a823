package cn.dangjian.life;

import java.time.LocalDate;

/**
 * A rectification item decided at a 组织生活会 (ZB-14: after the meeting, rectification measures): the problem,
 * the measure, who answers for it, by when, and when it was done.
 */
public record Rectification(long id, long meetingId, long orgId, String problem, String measure, Long ownerId,
                            String ownerName, LocalDate dueOn, LocalDate doneOn, String doneNote, int version) {

    public boolean open() {
        return doneOn == null;
    }

    public boolean overdueOn(LocalDate day) {
        return doneOn == null && dueOn.isBefore(day);
    }
}
