package cn.dangjian.life;

/** Someone who should attend a meeting, with what the record needs to know about them. */
public record ExpectedAttendee(long memberId, String name, boolean fullMember, boolean voting, boolean leadingCadre,
                               String role) {
}
