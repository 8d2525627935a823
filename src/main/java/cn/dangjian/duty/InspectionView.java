package cn.dangjian.duty;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection's rectification as its page shows it: the inspected organization, kind, team and feedback day, the
 * day both reports are due (ZG-01) and when each was sent, the items, and on which side the caller stands —
 * {@code reviewer} when it covers the organization above, which closes items after review.
 */
public record InspectionView(long id, long orgId, String orgName, InspectionKind kind, String team,
                             LocalDate feedbackOn, LocalDate reportsDue, LocalDate rectificationReportOn,
                             LocalDate leaderReportOn, List<ItemView> items, boolean reviewer, int version) {

    public InspectionView {
        items = List.copyOf(items);
    }

    public long open() {
        return items.stream().filter(i -> i.state() != ItemState.CLOSED).count();
    }
}
