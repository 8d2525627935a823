package cn.dangjian.dues;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.dangjian.member.MemberKind;
import cn.dangjian.shared.Fen;

/**
 * One member's line of the monthly 收缴登记表 (A.2.2): 应交 (the amount in force, after any approved reduction), 实交,
 * 交纳日期, how (本人/代交, 当月/预交/补交) and the months the payment covered. {@code due} is {@code null} for a
 * member not yet assessed for the month.
 */
public record RegisterLine(long memberId, String name, MemberKind kind, YearMonth month, Fen due, Fen paid,
                           LocalDate paidOn, String method, String covered, boolean reduced) {

    public boolean owing() {
        return due != null && paid.compareTo(due) < 0;
    }
}
