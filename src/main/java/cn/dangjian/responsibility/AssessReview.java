package cn.dangjian.responsibility;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.duty.RecordInspection;

/**
 * The 评议 of one 述职 as the reviewing organization records it: the day of the meeting, the participants' votes per
 * grade (in the round's grade order), the overall result, the comments, and the problems raised — which become
 * rectification items of the reviewed organization, carried into its next 述职.
 */
public record AssessReview(LocalDate reviewedOn, List<Integer> gradeCounts, String result, String comments,
                           List<RecordInspection.NewItem> problems) {

    public AssessReview {
        gradeCounts = gradeCounts == null ? List.of() : gradeCounts;
        problems = problems == null ? List.of() : problems.stream().filter(p -> p != null && !p.blank()).toList();
    }
}
