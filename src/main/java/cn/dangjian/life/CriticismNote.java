package cn.dangjian.life;

/**
 * 批评与自我批评 of one member present at a 组织生活会 (ZB-14: during the meeting, criticism and self-criticism):
 * what the member said about themselves (自我批评) and the criticism others raised toward them (相互批评意见).
 *
 * @param version optimistic-lock version, to send back when changing the note
 */
public record CriticismNote(long memberId, String name, String selfCriticism, String criticismReceived,
                            int version) {
}
