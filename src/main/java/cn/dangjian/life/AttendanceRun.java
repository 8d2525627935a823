package cn.dangjian.life;

import java.time.LocalDate;

/**
 * A member's current run of unexcused absences from organizational life, from the attendance records of every
 * branch they were expected at: the last meeting they attended ({@code lastPresent}, null if none), the last one
 * they attended or were excused from (请假 with a reason; null if none), and the unexcused absences (缺席) since —
 * the first one's date and how many. A member with no absence after their last attendance or leave has no run.
 */
public record AttendanceRun(long memberId, LocalDate lastPresent, LocalDate lastAccounted, LocalDate firstAbsence,
                            int absences) {

    /** Where the run starts: the last meeting attended or excused, or else the first one missed. */
    public LocalDate since() {
        return lastAccounted != null ? lastAccounted : firstAbsence;
    }
}
