package cn.dangjian.life;

import java.time.LocalDate;
import java.util.List;

/**
 * A year's 民主评议 as the branch records it: the day of the 党员大会, the grade set ({@code null} for the
 * default) and one entry per member of the roll.
 */
public record RecordAppraisal(long orgId, int year, LocalDate heldOn, List<String> grades, List<Entry> entries) {

    /** One member: self-appraisal text, peer votes per grade (same order as the grade set), the grade given. */
    public record Entry(long memberId, String selfAppraisal, List<Integer> peerVotes, String grade, String note) {
    }
}
