package cn.dangjian.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.shared.Fen;

/**
 * A member's dues for a year as they see them on a phone: the amount in force and how it was computed, every
 * month's 应交 and 实交, the month they are paid up to, and the months that ended unpaid.
 */
public record MemberDues(long memberId, String name, int year, AssessmentView current, List<Month> months,
                         YearMonth paidUpTo, List<YearMonth> arrears, Fen owed) {

    /** One month: 应交 ({@code null} = not assessed), 实交, the day paid, whether a reduction applies. */
    public record Month(YearMonth month, Fen due, Fen paid, LocalDate paidOn, boolean reduced) {

        public boolean paidInFull() {
            return due != null && paid.compareTo(due) >= 0;
        }
    }
}
