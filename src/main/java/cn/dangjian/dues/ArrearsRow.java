package cn.dangjian.dues;

import java.time.YearMonth;
import java.util.List;

import cn.dangjian.shared.Fen;

/** A member in arrears: which months ended unpaid, the unbroken run up to last month, and the amount owed. */
public record ArrearsRow(long memberId, String name, long orgId, String orgName, List<YearMonth> months,
                         int consecutive, Fen owed) {

    /** 3, 5 and 6 consecutive months are the marks the branch acts on (DF-13 at 6). */
    public String level() {
        return consecutive >= 6 ? "连续6个月以上" : consecutive >= 5 ? "连续5个月" : consecutive >= 3 ? "连续3个月以上" : "";
    }
}
