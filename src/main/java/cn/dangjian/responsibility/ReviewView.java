package cn.dangjian.responsibility;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.duty.ItemView;

/**
 * One secretary's 述职 and its 评议: the narrative the secretary writes, the figures drafted from the records (live
 * until submitted, then as they were), the votes per grade, the result and comments, the problems raised this time
 * and last year's problems with where each stands. {@code reviewer} is whether the caller holds the review.
 */
public record ReviewView(long id, long roundId, int year, long issuerOrgId, String issuerName, long orgId,
                         String orgName, String secretary, ReviewState state, String narrative, LocalDate submittedOn,
                         ReviewFigures figures, List<String> grades, List<Integer> gradeCounts, LocalDate reviewedOn,
                         String result, String comments, List<ItemView> problems, List<ItemView> carried,
                         boolean reviewer, int version) {
}
