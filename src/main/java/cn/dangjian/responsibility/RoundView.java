package cn.dangjian.responsibility;

import java.time.LocalDate;
import java.util.List;

/** A review round with its secretaries' 述职, as the organization that holds it sees it. */
public record RoundView(long id, long issuerOrgId, String issuerName, int year, LocalDate opensOn, LocalDate closesOn,
                        List<String> grades, List<Row> reviews) {

    public record Row(long reviewId, long orgId, String orgName, String secretary, ReviewState state, String result) {
    }

    public long count(ReviewState state) {
        return reviews.stream().filter(r -> r.state() == state).count();
    }
}
