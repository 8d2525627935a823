package cn.dangjian.life;

/**
 * One member's 批评与自我批评 as typed after a 组织生活会. Both texts blank removes what was recorded for the member.
 *
 * @param version the version of the note as read ({@code null} when none was recorded yet); a note changed
 *                by someone else in the meantime is refused rather than overwritten
 */
public record RecordCriticismNote(long memberId, String selfCriticism, String criticismReceived, Integer version) {
}
