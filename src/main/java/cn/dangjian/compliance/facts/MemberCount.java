package cn.dangjian.compliance.facts;

/**
 * Members on the current roll (正常, 留党察看, 停止党籍 — as the member module's head counts count them): full
 * (正式党员) and probationary (预备党员).
 */
public record MemberCount(long full, long probationary) {

    public static final MemberCount NONE = new MemberCount(0, 0);

    /** All members, full and probationary (the 党员 that ZB-02, JG-01 and JG-02 count). */
    public long total() {
        return full + probationary;
    }
}
