package cn.dangjian.org;

import java.time.LocalDate;
import java.util.List;

/** A new term of an organization's committee; the current term, if any, ends the day before it starts. */
public record NewTerm(int termNumber, LocalDate startedOn, LocalDate dueEndOn, TermFormation formation,
                      List<Assignment> posts) {

    public record Assignment(CommitteePost post, long memberId) {
    }
}
