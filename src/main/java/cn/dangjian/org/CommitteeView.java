package cn.dangjian.org;

import java.time.LocalDate;
import java.util.List;

/** The committee of one term: 届次, dates and who holds which post. */
public record CommitteeView(long termId, long orgId, int termNumber, LocalDate startedOn, LocalDate dueEndOn,
                            LocalDate endedOn, TermFormation formation, List<PostHolder> posts) {

    public record PostHolder(CommitteePost post, long memberId, String holderName) {

        public String postLabel() {
            return post.label();
        }
    }

    public boolean expiredOn(LocalDate day) {
        return endedOn == null && dueEndOn.isBefore(day);
    }
}
