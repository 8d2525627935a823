package cn.dangjian.life;

/**
 * One member's attendance at one organization's meetings in one quarter ({@code quarter} 1–4): the meetings they
 * were expected at, attended, and were excused from (双重组织生活, JG-09).
 */
public record QuarterAttendance(long memberId, long orgId, int year, int quarter, int expected, int present,
                                int excused) {
}
