package cn.dangjian.dues;

import java.time.Instant;
import java.time.YearMonth;

/** One assessment row as people see it, with the member's confirmation of the base if given. */
public record AssessmentView(long id, long memberId, String memberName, YearMonth effectiveFrom, AssessmentKind kind,
                             DuesCalculation calculation, Long correctsId, String note, String recordedBy,
                             Instant recordedAt, Instant confirmedAt) {

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
