package cn.dangjian.member;

/**
 * A member on an organization's roll as organizational life needs it: who, which kind, which party group,
 * and whether they vote — only full members not under 留党察看 have 表决权 (XJ-03, 《基层组织选举工作条例》第五条).
 */
public record RosterEntry(long id, String name, MemberKind kind, MembershipStatus status, Long partyGroupId,
                          boolean leadingCadre) {

    public boolean votes() {
        return kind == MemberKind.FULL && status == MembershipStatus.NORMAL;
    }
}
