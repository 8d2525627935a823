package cn.dangjian.life;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's 民主评议党员 of a branch (ZB-16, JY-04: 个人自评 → 党员互评 → 民主测评 → 评定意见): the grade set in use
 * (configurable; default 优秀/合格/基本合格/不合格), and each member's result.
 */
public record AppraisalRound(long id, long orgId, String orgName, int year, LocalDate heldOn, List<String> grades,
                             List<Result> results) {

    public static final List<String> DEFAULT_GRADES = List.of("优秀", "合格", "基本合格", "不合格");

    /** How many members received each grade, in the order of the grade set. */
    public List<Integer> gradeCounts() {
        return grades.stream().map(g -> (int) results.stream().filter(r -> r.grade().equals(g)).count()).toList();
    }

    /** One member's appraisal: the self-appraisal, the peer tally per grade, and the branch's grade. */
    public record Result(long memberId, String name, String selfAppraisal, List<Integer> peerVotes, String grade,
                         String note) {
    }
}
