package cn.dangjian.life;

/**
 * 双重组织生活 (JG-09, 《中国共产党党和国家机关基层组织工作条例》第二十六条): one leading cadre's attendance at
 * their branch's meetings per quarter, counted from the attendance records — not a separate form.
 * {@code expected[q]} and {@code present[q]} are for quarter q+1.
 */
public record CadreParticipation(long memberId, String name, long orgId, String orgName, int[] expected,
                                 int[] present) {

    public String quarter(int q) {
        return expected[q - 1] == 0 ? "—" : present[q - 1] + "/" + expected[q - 1];
    }
}
